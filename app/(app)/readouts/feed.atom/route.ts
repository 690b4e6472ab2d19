import { readoutOrigin } from "@/lib/config";
import { readoutPath } from "@/lib/readouts/paths";
import { listRecentlyPublished } from "@/lib/dal/readouts";
import { handleRoute } from "@/lib/http/route-errors";
import { atomFeed } from "@/lib/readouts/export-atom";
import { formatMeetingWhen } from "@/lib/time/format";

/** An Atom feed of newly published readouts (for signed-in readers). */
// Links point at READOUT_URL, never at the host a request names; without it they
// are paths, which feed readers resolve against the feed's own address. Ids name
// the record, not the host, so a move to another address changes no entry.
export async function GET(_request: Request) {
  return handleRoute(async () => {
    const origin = readoutOrigin() ?? "";
    const meetings = await listRecentlyPublished();
    const entries = meetings.flatMap((m) => {
      if (!m.publishedRevision) return [];
      const link = `${origin}${readoutPath(m.id, m.publishedRevision.number)}`;
      const { title, series, summary, startsAt } = m.publishedRevision;
      const when = formatMeetingWhen(m.publishedRevision);
      return [{ id: `urn:readout:readout:${m.id}:${m.publishedRevision.number}`, link, title, updated: m.publishedAt ?? startsAt, summary: `${series}, ${when}. ${summary}`.slice(0, 500) }];
    });
    const xml = atomFeed({
      id: "urn:readout:readouts",
      title: "Readout: published readouts",
      link: `${origin}/readouts`,
      self: `${origin}/readouts/feed.atom`,
      updated: entries[0]?.updated ?? new Date(0),
      entries,
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "private, no-store" } });
  });
}
