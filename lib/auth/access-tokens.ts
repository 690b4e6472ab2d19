import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";
import type { TokenScope } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/** Marks a Readout token, so secret scanners and people can recognise one. */
export const TOKEN_MARK = "rdt_";
/** How much of the secret is kept in clear for its owner to tell tokens apart. */
const PREFIX_LENGTH = TOKEN_MARK.length + 6;
const SHAPE = /^rdt_[A-Za-z0-9_-]{43}$/;
/** lastUsedAt is written at most this often per token, so reading does not write on every call. */
const LAST_USED_EVERY_MS = 60_000;

/** Someone reading through a token: its owner as they are now, held to the token's scope. */
export type TokenReader = { id: string; email: string; name: string; role: Role; scope: TokenScope; tokenId: string };

/** A new secret (256 random bits): shown once, stored as its SHA-256 hash and its first characters. */
export function newAccessTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${TOKEN_MARK}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, PREFIX_LENGTH), hash: hashToken(secret) };
}

/**
 * The reader a presented token stands for, or null when it is malformed,
 * unknown, revoked, expired, or its owner is deactivated. The owner's role is
 * read now, at each use: a demotion or deactivation applies to the next call.
 */
export async function authenticateAccessToken(secret: string): Promise<TokenReader | null> {
  if (!SHAPE.test(secret)) return null;
  const row = await db().accessToken.findUnique({
    where: { hash: hashToken(secret) },
    select: { id: true, scope: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  const now = new Date();
  if (!row || row.revokedAt || row.expiresAt <= now || !row.user.active) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_EVERY_MS) {
    await db().accessToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { id, email, name, role } = row.user;
  return { id, email, name, role, scope: row.scope, tokenId: row.id };
}
