import type { Tx } from "@/lib/db";
import type { MeetingInput } from "@/lib/validation/meeting";

/*
 * A revision's items, each list written by one INSERT … SELECT FROM unnest(…)
 * with one array parameter per column (decision 0030): Prisma's own
 * `create`/`createMany` spent 5 ms per commitment building the statement in
 * the client, 0.9 s of a 150-commitment save, where Postgres needed 70 ms.
 */

const orNull = (value: string | undefined) => value || null;

export async function insertParticipants(tx: Tx, revisionId: string, participants: MeetingInput["participants"], partyIds: string[]) {
  if (participants.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Participant" (id, key, "revisionId", position, name, kind, attendance, representative, "partyId")
    SELECT gen_random_uuid()::text, key, ${revisionId}, position - 1, name, kind::"ParticipantKind", attendance::"Attendance", representative, "partyId"
    FROM unnest(${participants.map((p) => p.key)}::text[], ${participants.map((p) => p.name)}::text[],
                ${participants.map((p) => p.kind)}::text[], ${participants.map((p) => p.attendance)}::text[],
                ${participants.map((p) => p.representative)}::text[], ${partyIds}::text[])
      WITH ORDINALITY AS i(key, name, kind, attendance, representative, "partyId", position)`;
}

/** Returns each discussion's id by its key. */
export async function insertDiscussions(tx: Tx, revisionId: string, discussions: MeetingInput["discussions"]): Promise<Map<string, string>> {
  if (discussions.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; key: string }[]>`
    INSERT INTO "Discussion" (id, key, "revisionId", position, title, topic, notes, outcome)
    SELECT gen_random_uuid()::text, key, ${revisionId}, position - 1, title, topic::"Topic", notes, outcome
    FROM unnest(${discussions.map((d) => d.key)}::text[], ${discussions.map((d) => d.title)}::text[],
                ${discussions.map((d) => d.topic)}::text[], ${discussions.map((d) => d.notes)}::text[],
                ${discussions.map((d) => d.outcome)}::text[])
      WITH ORDINALITY AS i(key, title, topic, notes, outcome, position)
    RETURNING id, key`;
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Returns each source's id by its key. */
export async function insertSources(tx: Tx, revisionId: string, sources: MeetingInput["sources"]): Promise<Map<string, string>> {
  if (sources.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: string; key: string }[]>`
    INSERT INTO "Source" (id, key, "revisionId", position, title, publisher, "publishedOn", url)
    SELECT gen_random_uuid()::text, key, ${revisionId}, position - 1, title, publisher, "publishedOn"::date, url
    FROM unnest(${sources.map((s) => s.key)}::text[], ${sources.map((s) => s.title)}::text[],
                ${sources.map((s) => s.publisher)}::text[], ${sources.map((s) => orNull(s.publishedOn))}::text[],
                ${sources.map((s) => s.url)}::text[])
      WITH ORDINALITY AS i(key, title, publisher, "publishedOn", url, position)
    RETURNING id, key`;
  return new Map(rows.map((r) => [r.key, r.id]));
}

export type CommitmentLinks = { partyId: string; recipientId: string; pledgeId: string; discussionId: string | null; sourceId: string | null };

export async function insertCommitments(tx: Tx, revisionId: string, commitments: MeetingInput["commitments"], links: CommitmentLinks[]) {
  if (commitments.length === 0) return;
  const column = <T>(read: (c: MeetingInput["commitments"][number], i: number) => T) => commitments.map(read);
  await tx.$executeRaw`
    INSERT INTO "Commitment" (id, key, "revisionId", position, "discussionId", party, "partyId", "recipientId", kind, instrument,
                              description, amount, currency, "amountUndisclosed", quantity, unit, "dueDate", "sourceId", announcement, "pledgeId")
    SELECT gen_random_uuid()::text, key, ${revisionId}, position - 1, "discussionId", party, "partyId", "recipientId", kind::"CommitmentKind",
           instrument::"Instrument", description, amount::numeric, currency, undisclosed, quantity::int, unit, "dueDate"::date, "sourceId",
           announcement::"Announcement", "pledgeId"
    FROM unnest(
      ${column((c) => c.key)}::text[], ${links.map((l) => l.discussionId)}::text[], ${column((c) => c.party)}::text[],
      ${links.map((l) => l.partyId)}::text[], ${links.map((l) => l.recipientId)}::text[], ${column((c) => c.kind)}::text[],
      ${column((c) => orNull(c.instrument))}::text[], ${column((c) => c.description)}::text[], ${column((c) => orNull(c.amount))}::text[],
      ${column((c) => orNull(c.currency))}::text[], ${column((c) => c.amountUndisclosed ?? false)}::boolean[],
      ${column((c) => orNull(c.quantity))}::text[], ${column((c) => orNull(c.unit))}::text[], ${column((c) => orNull(c.dueDate))}::text[],
      ${links.map((l) => l.sourceId)}::text[], ${column((c) => c.announcement)}::text[], ${links.map((l) => l.pledgeId)}::text[]
    ) WITH ORDINALITY AS i(key, "discussionId", party, "partyId", "recipientId", kind, instrument, description, amount, currency,
                           undisclosed, quantity, unit, "dueDate", "sourceId", announcement, "pledgeId", position)`;
}
