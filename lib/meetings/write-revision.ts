import type { Tx } from "@/lib/db";
import { insertCommitments, insertDiscussions, insertParticipants, insertSources } from "@/lib/meetings/insert-items";
import { linkRevision } from "@/lib/meetings/link-revision";
import { meetingInstants } from "@/lib/time/meeting-time";
import type { MeetingInput } from "@/lib/validation/meeting";

/**
 * Stores one complete version of a meeting: details, participants, discussions,
 * commitments, each participant and commitment linked to its party and each
 * commitment to its pledge (created here for a new one). Unknown parties or
 * pledges throw invalid_input before anything is written.
 */
export async function writeRevision(
  tx: Tx,
  args: { meetingId: string; number: number; editorId: string | null; input: MeetingInput; checkSimilar?: boolean },
) {
  const { input } = args;
  const links = await linkRevision(tx, { meetingId: args.meetingId, input, checkSimilar: args.checkSimilar ?? false });
  const when = meetingInstants(input);
  const revision = await tx.revision.create({
    data: {
      meetingId: args.meetingId,
      number: args.number,
      editorId: args.editorId,
      title: input.title,
      series: input.series,
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      timeZone: input.timeZone,
      hasTime: when.hasTime,
      location: input.location,
      format: input.format,
      chair: input.chair,
      summary: input.summary,
      implications: input.implications,
    },
    select: { id: true, number: true },
  });
  await insertParticipants(tx, revision.id, input.participants, links.participantPartyIds);
  const discussionIds = await insertDiscussions(tx, revision.id, input.discussions);
  const sourceIds = await insertSources(tx, revision.id, input.sources);

  const pledgeIds = await createPledges(tx, links.commitments.map((c) => c.pledgeId), args.editorId);
  if (input.commitments.length > 0) {
    await insertCommitments(
      tx,
      revision.id,
      input.commitments,
      input.commitments.map((c, position) => ({
        ...links.commitments[position]!,
        pledgeId: pledgeIds[position]!,
        discussionId: c.discussionKey ? (discussionIds.get(c.discussionKey) ?? null) : null,
        sourceId: c.sourceKey ? (sourceIds.get(c.sourceKey) ?? null) : null,
      })),
    );
    await setDraftTerms(tx, revision.id);
  }
  await tx.$executeRaw`UPDATE "Revision" SET "searchVector" = revision_search_vector(id) WHERE id = ${revision.id}`;
  return revision;
}

/** Creates a pledge where there is none yet, in order, so numbers follow the meeting's order. */
async function createPledges(tx: Tx, pledgeIds: (string | null)[], createdById: string | null): Promise<string[]> {
  const missing = pledgeIds.filter((id) => id === null).length;
  if (missing === 0) return pledgeIds as string[];
  const created = await tx.pledge.createManyAndReturn({
    data: Array.from({ length: missing }, () => ({ createdById })),
    select: { id: true, number: true },
  });
  const fresh = created.sort((a, b) => a.number - b.number).map((p) => p.id);
  return pledgeIds.map((id) => id ?? fresh.shift()!);
}

/**
 * A pledge no published revision announces yet shows staff the terms of the
 * newest draft that created it; refreshPledges takes over once it is published.
 */
async function setDraftTerms(tx: Tx, revisionId: string) {
  await tx.$executeRaw`
    UPDATE "Pledge" p SET
      series = r.series, "partyId" = c."partyId", "recipientId" = c."recipientId", kind = c.kind,
      instrument = c.instrument, description = c.description, amount = c.amount, currency = c.currency,
      quantity = c.quantity, unit = c.unit, "dueDate" = c."dueDate"
    FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId"
    WHERE c."revisionId" = ${revisionId} AND c.announcement = 'new' AND c."pledgeId" = p.id
      AND p."publishedAt" IS NULL AND p."importId" IS NULL`;
}
