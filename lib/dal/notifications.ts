import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { READABLE_MEETING, READABLE_MEETING_SQL } from "@/lib/readouts/published";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noticeText } from "@/lib/notifications";
import { PAGE_SIZE } from "@/lib/pagination";
import { pledgePath } from "@/lib/ledger/figures";
import { readoutPath } from "@/lib/readouts/paths";
import { parseId } from "@/lib/validation/parse";

// Every signed-in user has notices; each sees and marks only their own, and of
// those only the ones about a record they may open now: a reviewer demoted to
// viewer no longer sees notices about drafts. Decided on every query, from the
// role and the record's state as they are now.
const mayReadDrafts = (user: CurrentUser) => can(user, "read:meeting:any");

function visibleTo(user: CurrentUser): Prisma.NotificationWhereInput {
  // A discarded draft's notices go with it.
  if (mayReadDrafts(user)) return { userId: user.id, OR: [{ meetingId: null }, { meeting: { is: { discardedAt: null } } }] };
  if (can(user, "read:readout")) return { userId: user.id, meeting: { is: READABLE_MEETING } };
  return { userId: user.id, id: { in: [] } };
}

/**
 * For the header on every signed-in page: visibleTo's rule as fixed SQL, so
 * that Prisma does not prepare the count afresh on each view.
 */
export async function countUnreadNotifications(): Promise<number> {
  const user = await authorize();
  if (mayReadDrafts(user)) {
    const [{ unread }] = await db().$queryRaw<[{ unread: number }]>`
      SELECT count(*)::int AS unread FROM "Notification" n LEFT JOIN "Meeting" m ON m.id = n."meetingId"
      WHERE n."userId" = ${user.id} AND n."readAt" IS NULL AND (n."meetingId" IS NULL OR m."discardedAt" IS NULL)`;
    return unread;
  }
  if (!can(user, "read:readout")) return 0;
  const [{ unread }] = await db().$queryRaw<[{ unread: number }]>`
    SELECT count(*)::int AS unread FROM "Notification" n JOIN "Meeting" m ON m.id = n."meetingId"
    WHERE n."userId" = ${user.id} AND n."readAt" IS NULL AND ${READABLE_MEETING_SQL}`;
  return unread;
}

export async function listNotifications(page: number) {
  const user = await authorize();
  const where = visibleTo(user);
  const staff = mayReadDrafts(user);
  const [total, rows] = await Promise.all([
    db().notification.count({ where }),
    db().notification.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        actorName: true,
        readAt: true,
        createdAt: true,
        detail: true,
        // The title the reader may see now: the newest for staff, the published one for readers.
        meeting: {
          select: {
            publishedRevision: { select: { title: true } },
            revisions: { orderBy: { number: "desc" }, take: staff ? 1 : 0, select: { title: true } },
          },
        },
      },
    }),
  ]);
  const items = rows.map(({ meeting, kind, actorName, detail, ...notice }) => {
    const title = (staff ? meeting?.revisions[0]?.title : meeting?.publishedRevision?.title) ?? "A record";
    return { ...notice, message: noticeText({ kind, actorName, detail }, title) };
  });
  return { total, items };
}

/** Marks the current user's notices read; someone else's ids are ignored. */
export async function markNotificationsRead(ids: string[] | "all"): Promise<void> {
  const user = await authorize();
  await markRead(user, ids === "all" ? ids : ids.filter((id) => parseId(id)));
}

/** Marks one of the current user's notices read and returns where to read its record, or null. */
export async function openNotification(id: string): Promise<string | null> {
  const user = await authorize();
  if (!parseId(id)) return null;
  const notice = await db().notification.findFirst({ where: { ...visibleTo(user), id }, select: { meetingId: true, pledge: { select: { number: true } } } });
  if (!notice) return null;
  await markRead(user, [id]);
  if (!notice.meetingId) return notice.pledge ? pledgePath(notice.pledge.number) : "/review/events";
  return mayReadDrafts(user) ? `/meetings/${notice.meetingId}` : readoutPath(notice.meetingId);
}

function markRead(user: CurrentUser, ids: string[] | "all") {
  return db().notification.updateMany({
    where: { ...visibleTo(user), readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
}
