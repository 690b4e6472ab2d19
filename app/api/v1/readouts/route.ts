import { handleReaderRoute } from "@/lib/http/reader-route";
import { listReadouts } from "@/lib/dal/readouts";
import { PAGE_SIZE } from "@/lib/pagination";
import { parseReadoutQuery } from "@/lib/readouts/query";
import { readoutSummaryJson } from "@/lib/readouts/to-json";

/** GET /api/v1/readouts: published readouts, filtered and searched like the list page. */
export async function GET(request: Request) {
  return handleReaderRoute(request, "bearer", async () => {
    const url = new URL(request.url);
    const { query, notices } = parseReadoutQuery(Object.fromEntries(url.searchParams));
    const { items, total, notices: searchNotices } = await listReadouts(query);
    return Response.json(
      { data: items.map((i) => readoutSummaryJson(i)), page: query.page, pageSize: PAGE_SIZE, total, notices: [...notices, ...searchNotices] },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  });
}
