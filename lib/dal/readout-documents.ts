import "server-only";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { exportReadoutVersion, type ExportFormat } from "@/lib/dal/exports";
import { getPublishedVersion, getReadoutWithVersions, listPublishedVersions } from "@/lib/dal/readouts";
import { REVISION_ITEMS } from "@/lib/meetings/revision-items";
import { cachedContent, cachedReadoutContent } from "@/lib/readouts/content-cache";
import { publication, readoutDocument, type PublishedVersion, type ReadoutContent, type ReadoutDocument } from "@/lib/readouts/document";
import { PUBLISHED_VERSION, READABLE_MEETING } from "@/lib/readouts/published";

/**
 * A readout as readers see it (its current version, or one published
 * version for good), with the list of published versions; null when
 * readers may not see it. The content is built once per revision; `content`
 * is that cached object itself, which what is made from it once (its body's
 * HTML) is kept beside, where the document is a new object per view.
 */
export async function getReadoutDocument(meetingId: string, version?: number) {
  const found = version === undefined ? await getReadoutWithVersions(meetingId) : await publishedVersionWithVersions(meetingId, version);
  if (!found) return null;
  const { readout, versions } = found;
  const content = cachedReadoutContent(readout.revision);
  const document = readoutDocument(content, publication(meetingId, readout.revision.number, versions));
  return { document, content, versions, isLatest: readout.isLatest };
}

// Both at once: the versions are only used when the version is readable, and are the same rule's rows (PUBLISHED_VERSION).
async function publishedVersionWithVersions(meetingId: string, version: number) {
  const [readout, versions] = await Promise.all([getPublishedVersion(meetingId, version), listPublishedVersions(meetingId)]);
  return readout ? { readout, versions } : null;
}

/** A published version as a document for a download; the export is audited. */
export async function exportReadoutDocument(meetingId: string, number: number, format: ExportFormat): Promise<ReadoutDocument> {
  const { revision } = await exportReadoutVersion(meetingId, number, format);
  const versions = await listPublishedVersions(meetingId);
  return readoutDocument(cachedReadoutContent(revision), publication(meetingId, revision.number, versions));
}

/** The most recently published readouts as documents, one per readout, newest publication first (for the feed). */
export async function listFeedDocuments(limit = 50): Promise<ReadoutDocument[]> {
  await authorizeReader();
  const meetings = await db().meeting.findMany({
    where: READABLE_MEETING,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, publishedRevisionId: true },
  });
  // The same published versions, dates and notes as a readout's own page (listPublishedVersions), for all of them at once.
  const published = await db().revision.findMany({
    where: { meetingId: { in: meetings.map((m) => m.id) }, ...PUBLISHED_VERSION },
    select: { meetingId: true, number: true, publishedAt: true, correctionNote: true },
  });
  const versions = new Map<string, PublishedVersion[]>();
  for (const r of published) versions.set(r.meetingId, [...(versions.get(r.meetingId) ?? []), { number: r.number, approvedAt: r.publishedAt, note: r.correctionNote }]);

  const contents = await contentsById(meetings.flatMap((m) => (m.publishedRevisionId ? [m.publishedRevisionId] : [])));
  return meetings.flatMap((m) => {
    const content = m.publishedRevisionId ? contents.get(m.publishedRevisionId) : undefined;
    return content ? [readoutDocument(content, publication(m.id, content.version, versions.get(m.id) ?? []))] : [];
  });
}

/** Contents of several revisions: cached ones as they are, the rest loaded in one query. */
async function contentsById(ids: string[]): Promise<Map<string, ReadoutContent>> {
  const found = new Map<string, ReadoutContent>();
  for (const id of ids) {
    const content = cachedContent(id);
    if (content) found.set(id, content);
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) {
    const revisions = await db().revision.findMany({ where: { id: { in: missing } }, include: REVISION_ITEMS });
    for (const revision of revisions) found.set(revision.id, cachedReadoutContent(revision));
  }
  return found;
}
