import "server-only";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { ledgerLabels } from "@/lib/dal/ledger-labels";
import { REVISION_ITEMS } from "@/lib/meetings/revision-items";
import { PUBLISHED_VERSION } from "@/lib/readouts/published";
import { isStorableInt, parseId } from "@/lib/validation/parse";

export type Retraction = { number: number; retractedAt: Date; reason: string };

/**
 * Why a readout's link no longer shows its text: the version was retracted, or
 * the record's current version was. Null when there is nothing to explain (the
 * link is readable, or never was); never any of the retracted text.
 */
export async function getRetraction(meetingId: string, number?: number): Promise<Retraction | null> {
  await authorizeReader();
  if (!parseId(meetingId) || (number !== undefined && !isStorableInt(number, 1))) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, discardedAt: null, publication: { not: "archived" } },
    select: { publication: true, publishedRevision: { select: { number: true, retractedAt: true, retractionReason: true } } },
  });
  if (!meeting) return null;
  const version =
    number === undefined
      ? null
      : await db().revision.findFirst({
          where: { meetingId, number, publishedAt: { not: null } },
          select: { number: true, retractedAt: true, retractionReason: true },
        });
  if (number !== undefined && !version) return null;
  const retracted = version?.retractedAt ? version : meeting.publication === "retracted" ? meeting.publishedRevision : null;
  if (!retracted?.retractedAt) return null;
  return { number: retracted.number, retractedAt: retracted.retractedAt, reason: retracted.retractionReason };
}

/** Two versions readers may open, with their items, for comparison; null unless both are. */
export async function getPublishedPair(meetingId: string, from: number, to: number) {
  await authorizeReader();
  if (!parseId(meetingId) || !isStorableInt(from, 1) || !isStorableInt(to, 1)) return null;
  const revisions = await db().revision.findMany({
    where: { meetingId, number: { in: [from, to] }, ...PUBLISHED_VERSION },
    include: REVISION_ITEMS,
  });
  const before = revisions.find((r) => r.number === from);
  const after = revisions.find((r) => r.number === to);
  return before && after ? { before, after, labels: await ledgerLabels([before.id, after.id]) } : null;
}
