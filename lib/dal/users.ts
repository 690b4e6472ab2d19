import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { PAGE_SIZE } from "@/lib/pagination";

/** Accounts for the admin page: never the password hash, only whether one is set. */
export async function listUsers(page: number) {
  await authorize("manage:user:any");
  const [total, rows] = await Promise.all([
    db().user.count(),
    db().user.findMany({
      orderBy: [{ active: "desc" }, { name: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        passwordHash: true,
        sessions: { orderBy: { lastSeenAt: "desc" }, take: 1, select: { lastSeenAt: true } },
      },
    }),
  ]);
  const items = rows.map(({ passwordHash, sessions, ...user }) => ({
    ...user,
    hasPassword: passwordHash !== null,
    lastSeenAt: sessions[0]?.lastSeenAt ?? null,
  }));
  return { items, total };
}
