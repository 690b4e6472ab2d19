import { readoutOrigin } from "@/lib/config";
import { listFeedDocuments } from "@/lib/dal/readout-documents";
import { handleReaderRoute } from "@/lib/http/reader-route";
import { atomFeed } from "@/lib/readouts/export-atom";
import { readoutFeedEntry } from "@/lib/readouts/feed-entry";

/** An Atom feed of recently published readouts, one entry per readout (for signed-in readers, a personal access token in `?token=`, or anyone while public reading is on). */
// Links point at READOUT_URL, never at the host a request names; without it they
// are paths, which feed readers resolve against the feed's own address. Ids name
// the record, not the host, so a move to another address changes no entry.
export async function GET(request: Request) {
  return handleReaderRoute(request, "query", async () => {
    const origin = readoutOrigin() ?? "";
    const entries = (await listFeedDocuments()).map((doc) => readoutFeedEntry(doc, origin)).sort((a, b) => b.updated.getTime() - a.updated.getTime());
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
