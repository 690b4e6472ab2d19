import { Feed } from "feed";
import { readoutPath } from "@/lib/readouts/paths";
import { listRecentlyPublished } from "@/lib/dal/readouts";
import { handleRoute } from "@/lib/http/route-errors";

/** An Atom feed of newly published readouts (for signed-in readers). */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const origin = new URL(request.url).origin;
    const meetings = await listRecentlyPublished();
    const feed = new Feed({
      id: `${origin}/readouts`,
      title: "Readout: published readouts",
      link: `${origin}/readouts`,
      updated: meetings[0]?.publishedAt ?? new Date(0),
      copyright: "",
      feedLinks: { atom: `${origin}/readouts/feed.atom` },
    });
    for (const m of meetings) {
      if (!m.publishedRevision) continue;
      const link = new URL(readoutPath(m.id, m.publishedRevision.number), origin).toString();
      feed.addItem({
        id: link,
        link,
        title: m.publishedRevision.title,
        date: m.publishedAt ?? m.publishedRevision.startsAt,
        description: `${m.publishedRevision.series}. ${m.publishedRevision.summary}`.slice(0, 500),
      });
    }
    return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "private, no-store" } });
  });
}
