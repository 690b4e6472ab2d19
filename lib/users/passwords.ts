import "server-only";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { allowResetRequest } from "@/lib/auth/throttle";
import { consumeToken, hashToken, issueToken } from "@/lib/auth/tokens";
import { mailEnabled, MAIL_NEEDS_READOUT_URL, readoutOrigin } from "@/lib/config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TokenKind } from "@/lib/generated/prisma/enums";
import { deliverLink } from "@/lib/users/link-mail";
import { cleanText } from "@/lib/validation/parse";

const LINK_DEAD = "This link has expired or has already been used. Ask an admin for a new one.";

/** Who a still-valid link belongs to, to greet them on the page; null when the link is dead. */
export async function peekToken(kind: TokenKind, raw: string) {
  const token = await db().token.findUnique({
    where: { hash: hashToken(raw) },
    select: { kind: true, usedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!token || token.kind !== kind || token.usedAt || token.expiresAt <= new Date() || !token.user.active) return null;
  return { name: token.user.name, email: token.user.email };
}

/** Sets a password from an invitation or reset link, which then stops working. */
export async function setPasswordWithToken(kind: TokenKind, raw: string, password: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const userId = await consumeToken(tx, kind, raw);
    if (!userId) throw new AppError("invalid_state", LINK_DEAD);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (!user.active) throw new AppError("invalid_state", LINK_DEAD);
    const problem = passwordProblem(password, [user.email, user.name]);
    if (problem) throw new AppError("invalid_input", problem);
    await tx.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password) } });
    // The person has a password now: their other outstanding links only add risk.
    await tx.token.deleteMany({ where: { userId, usedAt: null } });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email, role: user.role },
      action: "user.password_change",
      entityType: "user",
      entityId: user.id,
      after: { via: kind },
    });
  });
}

/** Changes the signed-in user's password; their other sessions end. */
export async function changeOwnPassword(actor: CurrentUser, current: string, next: string): Promise<void> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
    throw new AppError("invalid_input", "Your current password is not right.");
  }
  const problem = passwordProblem(next, [user.email, user.name]);
  if (problem) throw new AppError("invalid_input", problem);
  const passwordHash = await hashPassword(next);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: actor.id, id: { not: actor.sessionId } } });
    await recordAudit(tx, { actor, action: "user.password_change", entityType: "user", entityId: actor.id, after: { via: "account" } });
  });
}

/**
 * "Forgot password": emails a reset link when the account exists and mail is
 * configured. The answer is the same either way, so it reveals nothing. The
 * link replaces only an older self-service one; links an admin gave out stay.
 */
export async function requestPasswordReset(email: string, ip: string): Promise<void> {
  if (!mailEnabled()) return;
  if (!readoutOrigin()) {
    console.error(MAIL_NEEDS_READOUT_URL);
    return;
  }
  const address = cleanText(email).trim().toLowerCase();
  if (!(await allowResetRequest(address, ip))) return;
  const user = await db().user.findUnique({ where: { email: address } });
  if (!user?.active) return;
  const token = await db().$transaction(async (tx) => {
    const issued = await issueToken(tx, user.id, "password_reset", { selfService: true });
    await recordAudit(tx, { actor: { email: user.email }, action: "user.password_reset_issued", entityType: "user", entityId: user.id, after: { via: "self" }, ip });
    return issued;
  });
  await deliverLink("password_reset", token, user.email);
}
