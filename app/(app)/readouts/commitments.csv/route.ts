import { exportCommitments } from "@/lib/dal/exports";
import { download, handleRoute } from "@/lib/http/route-errors";
import { parseReadoutQuery } from "@/lib/readouts/query";

/** Every commitment of the published readouts that the list's filters select, written by Postgres and streamed. */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const { query } = parseReadoutQuery(Object.fromEntries(new URL(request.url).searchParams));
    return download(await exportCommitments(query), "text/csv; charset=utf-8", "commitments.csv", { compress: false });
  });
}
