import { exportEvents } from "@/lib/dal/ledger-exports";
import { download, handleRoute } from "@/lib/http/route-errors";
import { streamCsv } from "@/lib/http/stream-csv";
import { csvText } from "@/lib/csv";
import { EVENT_HEADER, eventCells } from "@/lib/ledger/export-csv";
import { parseLedgerFilter } from "@/lib/ledger/query";

/** Every approved event of the published pledges the ledger's filters select, one row each (id: the event's own). */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const { filter } = parseLedgerFilter(Object.fromEntries(new URL(request.url).searchParams));
    return download(streamCsv(await exportEvents(filter), EVENT_HEADER, eventCells, csvText), "text/csv; charset=utf-8", "events.csv");
  });
}
