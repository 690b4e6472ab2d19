import { rolesWith, type Permission } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

/**
 * In-app notices, written in the same transaction as the change they announce.
 * A notice stores what happened, never the record's title: the title is put in
 * when it is shown, as the reader may see it then (noticeText).
 */
export async function notify(
  tx: Tx,
  userIds: string[],
  meetingId: string,
  kind: NotificationKind,
  actorName: string,
  detail = "",
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, meetingId, kind, actorName, detail })) });
}

/**
 * A notice about the ledger (a proposed, approved or rejected event or import),
 * for staff only: its words are fixed when written, and it links to its pledge.
 */
export async function notifyLedger(tx: Tx, userIds: string[], pledgeId: string | null, detail: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, pledgeId, kind: "ledger" as const, detail })) });
}

const MAX_NOTICE_DETAIL = 280;
const clip = (text: string) => (text.length > MAX_NOTICE_DETAIL ? `${text.slice(0, MAX_NOTICE_DETAIL - 1)}…` : text);

/** A notice's words, with the title of the record as the reader may see it now. */
export function noticeText(notice: { kind: NotificationKind; actorName: string; detail: string }, title: string): string {
  switch (notice.kind) {
    case "ledger":
      return notice.detail;
    case "review_requested":
      return `“${title}” awaits your review.`;
    case "approved":
      return `“${title}” was approved and published by ${notice.actorName || "a reviewer"}.`;
    case "changes_requested":
      return `${notice.actorName || "A reviewer"} asked for changes to “${title}”${notice.detail ? `: ${clip(notice.detail)}` : "."}`;
  }
}

/** Active users who may review, except those listed. */
export async function reviewerIds(tx: Tx, except: string[], permission: Permission = "review:meeting:any"): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: rolesWith(permission) }, id: { notIn: except } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
