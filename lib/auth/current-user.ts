import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { sessionIdFromCookie } from "@/lib/auth/session-cookie";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { safeNext } from "@/lib/http/safe-next";

export type CurrentUser = { id: string; email: string; name: string; role: Role; sessionId: string };

/**
 * The signed-in user, read from Postgres once per request (React `cache()`),
 * in one read by primary key, and never written: a role change, deactivation
 * or sign-out elsewhere takes effect on the next request, on every instance.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const sid = await sessionIdFromCookie();
  if (!sid) return null;
  const [user] = await db().$queryRaw<CurrentUser[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, s.id AS "sessionId"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sid} AND s."expiresAt" > now() AND u.active`;
  return user ?? null;
});

/** For pages: signed-out visitors go to sign-in, the wrong role gets 403. */
export async function requireUser(permission?: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const from = safeNext((await headers()).get("x-pathname"));
    redirect(from === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(from)}`);
  }
  if (permission && !can(user, permission)) forbidden();
  return user;
}
