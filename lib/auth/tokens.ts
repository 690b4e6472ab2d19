import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { TokenKind } from "@/lib/generated/prisma/enums";

export const TOKEN_LIFETIME_MS = {
  invitation: 7 * 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
} satisfies Record<TokenKind, number>;

export const TOKEN_PATH = { invitation: "/invitation", password_reset: "/reset-password" } satisfies Record<TokenKind, string>;

/** Only a hash is stored: a database leak does not leak working links. */
export const hashToken = (raw: string) => createHash("sha256").update(raw).digest("hex");

/**
 * Creates a one-time link token for the user. An admin's link replaces the
 * unused ones of its kind; a self-service reset (which anyone can ask for by
 * typing an email address) replaces only older self-service resets, so it
 * never cancels a link an admin gave out.
 */
export async function issueToken(
  tx: Tx,
  userId: string,
  kind: TokenKind,
  { selfService = false }: { selfService?: boolean } = {},
): Promise<{ raw: string; expiresAt: Date }> {
  const raw = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + TOKEN_LIFETIME_MS[kind]);
  await tx.token.deleteMany({ where: { userId, kind, usedAt: null, ...(selfService ? { selfService: true } : {}) } });
  await tx.token.create({ data: { userId, kind, hash: hashToken(raw), expiresAt, selfService } });
  return { raw, expiresAt };
}

/**
 * Uses a token up, atomically: of two simultaneous uses only one succeeds.
 * Returns the user's id, or null for an unknown, expired or used token.
 */
export async function consumeToken(tx: Tx, kind: TokenKind, raw: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    UPDATE "Token" SET "usedAt" = now()
    WHERE hash = ${hashToken(raw)} AND kind = ${kind}::"TokenKind" AND "usedAt" IS NULL AND "expiresAt" > now()
    RETURNING "userId"`;
  return rows[0]?.userId ?? null;
}
