import "server-only";
import { newAccessTokenSecret } from "@/lib/auth/access-tokens";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/dal/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CreateAccessTokenInput } from "@/lib/validation/access-token";

/** How many live tokens one person may hold. */
export const MAX_LIVE_TOKENS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The signed-in person's tokens that are not revoked, newest first (never a secret or a hash). */
export async function listOwnAccessTokens() {
  const user = await authorize("manage:token:own");
  return db().accessToken.findMany({
    where: { userId: user.id, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, scope: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true },
    take: MAX_LIVE_TOKENS * 2,
  });
}

/** Creates a token for the signed-in person; its secret is returned this once and never stored. */
export async function createOwnAccessToken(input: CreateAccessTokenInput): Promise<{ secret: string; name: string; expiresAt: Date }> {
  const actor = await authorize("manage:token:own");
  const { secret, prefix, hash } = newAccessTokenSecret();
  const expiresAt = new Date(Date.now() + input.days * DAY_MS);
  await db().$transaction(async (tx) => {
    // Counting under the owner's row lock keeps two simultaneous creations within the bound.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const live = await tx.accessToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: new Date() } } });
    if (live >= MAX_LIVE_TOKENS) throw new AppError("invalid_state", `You have ${MAX_LIVE_TOKENS} tokens already. Revoke one you no longer use first.`);
    const token = await tx.accessToken.create({ data: { userId: actor.id, name: input.name, scope: input.scope, prefix, hash, expiresAt }, select: { id: true } });
    await recordAudit(tx, { actor, action: "token.create", entityType: "access_token", entityId: token.id, after: { name: input.name, scope: input.scope, expiresAt: expiresAt.toISOString() } });
  });
  return { secret, name: input.name, expiresAt };
}

/** Revokes one of the signed-in person's own tokens; anyone else's is "not found". */
export async function revokeOwnAccessToken(tokenId: string): Promise<void> {
  const actor = await authorize("manage:token:own");
  await db().$transaction(async (tx) => {
    const revoked = await tx.accessToken.updateMany({ where: { id: tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) throw new AppError("not_found", "That token does not exist or is already revoked.");
    await recordAudit(tx, { actor, action: "token.revoke", entityType: "access_token", entityId: tokenId });
  });
}
