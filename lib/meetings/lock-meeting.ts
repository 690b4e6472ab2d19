import type { Db, Tx } from "@/lib/db";
import type { Publication, WorkingCopy } from "@/lib/generated/prisma/enums";
import type { MeetingState } from "@/lib/workflow/meeting-workflow";
import { parseId } from "@/lib/validation/parse";

export type LockedMeeting = {
  id: string;
  state: MeetingState;
  version: number;
  publishedRevisionId: string | null;
  firstPublishedAt: Date | null;
  contributorIds: string[];
};

/**
 * Reads a meeting and locks its row until the transaction ends, so two
 * requests that both want to change it (two saves, an approval and an edit, a
 * double click) are decided one after the other on fresh data. A discarded
 * draft is not found.
 */
export async function lockMeeting(tx: Tx, meetingId: string): Promise<LockedMeeting | null> {
  if (!parseId(meetingId)) return null;
  const rows = await tx.$queryRaw<
    {
      id: string;
      workingCopy: WorkingCopy;
      publication: Publication;
      version: number;
      createdById: string | null;
      publishedRevisionId: string | null;
      firstPublishedAt: Date | null;
    }[]
  >`
    SELECT id, "workingCopy", publication, version, "createdById", "publishedRevisionId", "firstPublishedAt"
    FROM "Meeting" WHERE id = ${meetingId} AND "discardedAt" IS NULL FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    state: { workingCopy: row.workingCopy, publication: row.publication },
    version: row.version,
    publishedRevisionId: row.publishedRevisionId,
    firstPublishedAt: row.firstPublishedAt,
    contributorIds: await findContributorIds(tx, row),
  };
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
