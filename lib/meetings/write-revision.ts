import type { Tx } from "@/lib/db";
import type { MeetingInput } from "@/lib/validation/meeting";

/** Stores one complete version of a meeting: details, participants, discussions, commitments. */
export async function writeRevision(
  tx: Tx,
  args: { meetingId: string; number: number; editorId: string | null; input: MeetingInput },
) {
  const { input } = args;
  const revision = await tx.revision.create({
    data: {
      meetingId: args.meetingId,
      number: args.number,
      editorId: args.editorId,
      title: input.title,
      series: input.series,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      location: input.location,
      format: input.format,
      chair: input.chair,
      summary: input.summary,
      implications: input.implications,
      participants: {
        create: input.participants.map((p, position) => ({ ...p, position })),
      },
      discussions: {
        create: input.discussions.map((d, position) => ({ ...d, position })),
      },
    },
    select: { id: true, number: true, discussions: { select: { id: true, key: true } } },
  });

  const discussionIds = new Map(revision.discussions.map((d) => [d.key, d.id]));
  if (input.commitments.length > 0) {
    await tx.commitment.createMany({
      data: input.commitments.map((c, position) => ({
        key: c.key,
        revisionId: revision.id,
        discussionId: c.discussionKey ? (discussionIds.get(c.discussionKey) ?? null) : null,
        position,
        party: c.party,
        kind: c.kind,
        description: c.description,
        amount: c.amount || null,
        currency: c.currency || null,
        quantity: c.quantity ? Number(c.quantity) : null,
        unit: c.unit || null,
        dueDate: c.dueDate ? new Date(`${c.dueDate}T00:00:00Z`) : null,
        status: c.status,
        source: c.source,
      })),
    });
  }
  await tx.$executeRaw`UPDATE "Revision" SET "searchVector" = revision_search_vector(id) WHERE id = ${revision.id}`;
  return revision;
}
