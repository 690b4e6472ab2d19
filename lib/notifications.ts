import { rolesWith } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";

/** In-app notices, written in the same transaction as the change they announce. */
export async function notify(tx: Tx, userIds: string[], meetingId: string, message: string): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.notification.createMany({ data: unique.map((userId) => ({ userId, meetingId, message })) });
}

/** Active users who may review, except those listed. */
export async function reviewerIds(tx: Tx, except: string[]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { active: true, role: { in: rolesWith("review:meeting:any") }, id: { notIn: except } },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
