import { exportPledges } from "@/lib/dal/ledger-exports";
import { download, handleRoute } from "@/lib/http/route-errors";
import { streamCsv } from "@/lib/http/stream-csv";
import { csvText } from "@/lib/csv";
import { PLEDGE_HEADER, pledgeCells } from "@/lib/ledger/export-csv";
import { parseLedgerFilter } from "@/lib/ledger/query";

/** Every published pledge the ledger's filters select, one row each (id "P-<number>"). */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const { filter } = parseLedgerFilter(Object.fromEntries(new URL(request.url).searchParams));
    return download(streamCsv(await exportPledges(filter), PLEDGE_HEADER, pledgeCells, csvText), "text/csv; charset=utf-8", "pledges.csv");
  });
}
