import type { AtomEntry } from "@/lib/readouts/export-atom";
import type { ReadoutDocument } from "@/lib/readouts/document";
import { readoutHtml } from "@/lib/readouts/export-html";

/**
 * One readout as one feed entry, whatever its version: the id names the
 * readout, so a correction updates the entry feed readers already hold
 * instead of adding another. `origin` is READOUT_URL's, or "" for paths.
 */
export function readoutFeedEntry(doc: ReadoutDocument, origin: string): AtomEntry {
  const published = new Date((doc.firstPublishedAt ?? doc.startsAt).iso);
  const note = doc.corrections.at(-1)?.note;
  return {
    id: `urn:readout:readout:${doc.meetingId}`,
    title: doc.title,
    link: `${origin}${doc.permalink}`,
    published,
    updated: doc.updatedAt ? new Date(doc.updatedAt.iso) : published,
    summary: note ? `Corrected in version ${doc.version}: ${note}` : undefined,
    content: readoutHtml(doc),
  };
}
