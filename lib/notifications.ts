import { rolesWith, type Permission } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";

/** In-app notices, written in the same transaction as the change they announce; `meetingId` links one to its meeting. */
export async function notify(tx: Tx, userIds: string[], meetingId: string | null, message: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, meetingId, message })) });
}

/** Active users who may review, except those listed. */
export async function reviewerIds(tx: Tx, except: string[], permission: Permission = "review:meeting:any"): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: rolesWith(permission) }, id: { notIn: except } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
