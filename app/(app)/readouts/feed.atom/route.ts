import { readoutPath } from "@/lib/readouts/paths";
import { listRecentlyPublished } from "@/lib/dal/readouts";
import { handleRoute } from "@/lib/http/route-errors";
import { atomFeed } from "@/lib/readouts/export-atom";

/** An Atom feed of newly published readouts (for signed-in readers). */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const origin = new URL(request.url).origin;
    const meetings = await listRecentlyPublished();
    const entries = meetings.flatMap((m) => {
      if (!m.publishedRevision) return [];
      const link = new URL(readoutPath(m.id, m.publishedRevision.number), origin).toString();
      const { title, series, summary, startsAt } = m.publishedRevision;
      return [{ id: link, link, title, updated: m.publishedAt ?? startsAt, summary: `${series}. ${summary}`.slice(0, 500) }];
    });
    const xml = atomFeed({
      id: `${origin}/readouts`,
      title: "Readout: published readouts",
      link: `${origin}/readouts`,
      self: `${origin}/readouts/feed.atom`,
      updated: entries[0]?.updated ?? new Date(0),
      entries,
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "private, no-store" } });
  });
}
