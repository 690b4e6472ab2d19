import type { Db, Tx } from "@/lib/db";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { parseId } from "@/lib/validation/parse";

export type LockedMeeting = { id: string; status: MeetingStatus; version: number; contributorIds: string[] };

/**
 * Reads a meeting and locks its row until the transaction ends, so two
 * requests that both want to change it (two saves, an approval and an edit, a
 * double click) are decided one after the other on fresh data.
 */
export async function lockMeeting(tx: Tx, meetingId: string): Promise<LockedMeeting | null> {
  if (!parseId(meetingId)) return null;
  const rows = await tx.$queryRaw<{ id: string; status: MeetingStatus; version: number; createdById: string | null }[]>`
    SELECT id, status, version, "createdById" FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, status: row.status, version: row.version, contributorIds: await findContributorIds(tx, row) };
}

/** Who created the meeting or saved any of its revisions: those who may not review it. */
export async function findContributorIds(client: Db | Tx, meeting: { id: string; createdById: string | null }): Promise<string[]> {
  const editors = await client.revision.findMany({
    where: { meetingId: meeting.id, editorId: { not: null } },
    distinct: ["editorId"],
    select: { editorId: true },
  });
  return [...new Set([meeting.createdById, ...editors.map((e) => e.editorId)].filter((id): id is string => !!id))];
}
