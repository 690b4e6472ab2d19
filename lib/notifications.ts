import { rolesWith } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

/**
 * In-app notices, written in the same transaction as the change they announce.
 * A notice stores what happened, never the record's title: the title is put in
 * when it is shown, as the reader may see it then (noticeText).
 */
export async function notify(tx: Tx, userIds: string[], meetingId: string, kind: NotificationKind, actorName: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, meetingId, kind, actorName })) });
}

/** A notice's words, with the title of the record as the reader may see it now. */
export function noticeText(notice: { kind: NotificationKind; actorName: string }, title: string): string {
  switch (notice.kind) {
    case "review_requested":
      return `“${title}” awaits your review.`;
    case "approved":
      return `“${title}” was approved and published by ${notice.actorName || "a reviewer"}.`;
    case "changes_requested":
      return `${notice.actorName || "A reviewer"} asked for changes to “${title}”.`;
  }
}

/** Active users who may review, except those listed. */
export async function reviewerIds(tx: Tx, except: string[]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: rolesWith("review:meeting:any") }, id: { notIn: except } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
