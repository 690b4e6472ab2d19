import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { verifyAgainstNothing, verifyPassword } from "@/lib/auth/password";
import { clearAccount, lockedFor, recordFailure, throttleKeys } from "@/lib/auth/throttle";
import { cleanText } from "@/lib/validation/parse";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SignInResult =
  | { ok: true; sessionId: string; userId: string }
  | { ok: false; throttled?: undefined }
  | { ok: false; throttled: true; retryInMinutes: number };

/**
 * Checks an email and password and, when they match an active account,
 * opens a server-side session. Every attempt is audited; the result never
 * says whether the account exists.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  ip: string;
  userAgent: string;
}): Promise<SignInResult> {
  const email = cleanText(input.email).trim().toLowerCase();
  const keys = throttleKeys(email, input.ip);
  const retryInMinutes = await lockedFor(keys);
  if (retryInMinutes > 0) {
    await recordAudit(db(), { actor: { email }, action: "user.sign_in_failed", entityType: "user", ip: input.ip, after: { reason: "throttled" } });
    return { ok: false, throttled: true, retryInMinutes };
  }
  const user = await db().user.findUnique({ where: { email } });
  const valid =
    user?.passwordHash && user.active
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstNothing(input.password);

  if (!user || !valid) {
    await recordFailure(keys);
    await recordAudit(db(), {
      actor: user ? { id: user.id, email: user.email, role: user.role } : { email },
      action: "user.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? "",
      ip: input.ip,
    });
    return { ok: false };
  }

  await clearAccount(keys);
  const session = await db().$transaction(async (tx) => {
    const created = await tx.session.create({
      data: {
        userId: user.id,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
        userAgent: input.userAgent.slice(0, 300),
      },
    });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email, role: user.role },
      action: "user.sign_in",
      entityType: "user",
      entityId: user.id,
      ip: input.ip,
    });
    return created;
  });
  return { ok: true, sessionId: session.id, userId: user.id };
}

export async function endSession(sessionId: string): Promise<void> {
  const session = await db().session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session) return;
  await db().$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { id: sessionId } });
    await recordAudit(tx, {
      actor: { id: session.user.id, email: session.user.email, role: session.user.role },
      action: "user.sign_out",
      entityType: "user",
      entityId: session.user.id,
    });
  });
}
