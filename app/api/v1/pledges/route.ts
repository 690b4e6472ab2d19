import { handleReaderRoute } from "@/lib/http/reader-route";
import { listPledges } from "@/lib/dal/ledger";
import { parseLedgerFilter } from "@/lib/ledger/query";
import { pledgeJson } from "@/lib/ledger/to-json";
import { PAGE_SIZE, parsePage } from "@/lib/pagination";

/** GET /api/v1/pledges: published pledges, by number, filtered like the ledger page. */
export async function GET(request: Request) {
  return handleReaderRoute(request, "bearer", async () => {
    const url = new URL(request.url);
    const raw = Object.fromEntries(url.searchParams);
    const { filter, notices } = parseLedgerFilter(raw);
    const page = parsePage(raw.page);
    const { items, total } = await listPledges(filter, page);
    return Response.json(
      { data: items.map((p) => pledgeJson(p)), page, pageSize: PAGE_SIZE, total, notices },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  });
}
