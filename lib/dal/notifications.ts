import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { PAGE_SIZE } from "@/lib/pagination";

// Every signed-in user has notices; each sees and marks only their own.
const me = () => authorize();

export async function countUnreadNotifications(): Promise<number> {
  const user = await me();
  return db().notification.count({ where: { userId: user.id, readAt: null } });
}

export async function listNotifications(page: number) {
  const user = await me();
  const where = { userId: user.id };
  const [total, items] = await Promise.all([
    db().notification.count({ where }),
    db().notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, message: true, meetingId: true, readAt: true, createdAt: true },
    }),
  ]);
  return { total, items };
}

/** Marks the current user's notices read; someone else's ids are ignored. */
export async function markNotificationsRead(ids: string[] | "all"): Promise<void> {
  const user = await me();
  await markRead(user.id, ids);
}

/** Marks one of the current user's notices read and returns the record it is about. */
export async function openNotification(id: string): Promise<string | null> {
  const user = await me();
  const notice = await db().notification.findFirst({ where: { id, userId: user.id }, select: { meetingId: true } });
  if (!notice) return null;
  await markRead(user.id, [id]);
  return notice.meetingId;
}

function markRead(userId: string, ids: string[] | "all") {
  return db().notification.updateMany({
    where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
}
