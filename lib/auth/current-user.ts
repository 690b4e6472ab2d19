import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { auth } from "@/lib/auth/next-auth";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { safeNext } from "@/lib/http/safe-next";

export type CurrentUser = { id: string; email: string; name: string; role: Role; sessionId: string };

/**
 * The signed-in user, read from Postgres on every request: a role change,
 * deactivation or sign-out elsewhere takes effect on the next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const sid = (session as { sid?: string } | null)?.sid;
  if (!sid) return null;
  const row = await db().session.findUnique({
    where: { id: sid },
    select: {
      id: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, active: true } },
    },
  });
  if (!row || row.expiresAt <= new Date() || !row.user.active) return null;
  const { active: _active, ...user } = row.user;
  return { ...user, sessionId: row.id };
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
