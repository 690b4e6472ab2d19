import "server-only";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { issueToken } from "@/lib/auth/tokens";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverLink, requireLinkAddress, type LinkResult } from "@/lib/users/link-mail";
import type { CreateUserInput } from "@/lib/validation/user";
import { parseId } from "@/lib/validation/parse";

function requireAdmin(actor: CurrentUser) {
  if (!can(actor, "manage:user:any")) throw new AppError("forbidden");
}

/**
 * Refuses a change that would leave no active admin. The active admins' rows
 * are locked first, so two admins demoting each other at once cannot both succeed.
 */
async function keepAnAdmin(tx: Tx, userId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw new AppError("invalid_state", "This is the last active admin. Make someone else an admin first.");
  }
}

async function lockUser(tx: Tx, userId: string) {
  if (!parseId(userId)) throw new AppError("not_found");
  const rows = await tx.$queryRaw<{ id: string; email: string; role: Role; active: boolean }[]>`
    SELECT id, email, role, active FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("not_found");
  return rows[0];
}

/** Creates an account and a one-time invitation link; the person sets their own password. */
export async function createUser(actor: CurrentUser, input: CreateUserInput): Promise<LinkResult & { userId: string }> {
  requireAdmin(actor);
  requireLinkAddress();
  const { user, token } = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("invalid_input", "An account with this email address already exists.");
    }
    const user = await tx.user.create({ data: { ...input, active: true } });
    const token = await issueToken(tx, user.id, "invitation");
    await recordAudit(tx, { actor, action: "user.create", entityType: "user", entityId: user.id, after: { email: user.email, role: user.role } });
    return { user, token };
  });
  const sent = await deliverLink("invitation", token, user.email, `${actor.name} invited you to Readout as ${user.role}.`);
  return { userId: user.id, ...sent };
}

export async function changeRole(actor: CurrentUser, userId: string, role: Role): Promise<void> {
  requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.role === role) return;
    if (user.role === "admin") await keepAnAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actor, action: "user.role_change", entityType: "user", entityId: userId, before: { role: user.role }, after: { role } });
  });
}

/** Deactivation signs the person out everywhere at once; reactivation lets them sign in again. */
export async function setActive(actor: CurrentUser, userId: string, active: boolean): Promise<void> {
  requireAdmin(actor);
  await db().$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    if (user.active === active) return;
    if (!active && user.role === "admin") await keepAnAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (!active) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor,
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "user",
      entityId: userId,
      before: { active: user.active },
      after: { active },
    });
  });
}

/** A one-time password-reset link for someone who cannot sign in. */
export async function issuePasswordReset(actor: CurrentUser, userId: string): Promise<LinkResult> {
  requireAdmin(actor);
  requireLinkAddress();
  const { user, token } = await db().$transaction(async (tx) => {
    const user = await lockUser(tx, userId);
    const token = await issueToken(tx, userId, "password_reset");
    await recordAudit(tx, { actor, action: "user.password_reset_issued", entityType: "user", entityId: userId });
    return { user, token };
  });
  return deliverLink("password_reset", token, user.email);
}
