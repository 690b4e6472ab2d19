import { handleReaderRoute } from "@/lib/http/reader-route";
import { getPledge } from "@/lib/dal/ledger-pledge";
import { notFound } from "@/lib/http/route-errors";
import { parsePledgeNumber } from "@/lib/ledger/query";
import { announcementJson, eventJson, pledgeJson } from "@/lib/ledger/to-json";

/** GET /api/v1/pledges/:number: one published pledge with its announcements and approved events. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  return handleReaderRoute(request, "bearer", async () => {
    const number = parsePledgeNumber((await params).number);
    const detail = number ? await getPledge(number, { publicOnly: true }) : null;
    if (!detail) notFound();
    return Response.json(
      { data: { ...pledgeJson(detail.pledge), announcements: detail.announcements.map((a) => announcementJson(a)), events: detail.events.map(eventJson) } },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  });
}
