import "server-only";
import { TOKEN_PATH } from "@/lib/auth/tokens";
import { mailEnabled, MAIL_NEEDS_READOUT_URL, readoutOrigin } from "@/lib/config";
import { AppError } from "@/lib/errors";
import type { TokenKind } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail-queue";

/**
 * A one-time link: absolute on READOUT_URL when that is set, else a path on
 * this site, which the admin's browser completes with the address it is on.
 */
export type LinkResult = { link: string; expiresAt: Date; emailed: boolean };

const SUBJECT = { invitation: "You have been invited to Readout", password_reset: "Reset your Readout password" } satisfies Record<TokenKind, string>;

/** Call before issuing a link: with email on, only READOUT_URL may say where it points. */
export function requireLinkAddress(): void {
  if (mailEnabled() && !readoutOrigin()) throw new AppError("invalid_state", MAIL_NEEDS_READOUT_URL);
}

/** Builds a one-time link and queues it for email when mail is configured; a mail failure never loses the link. */
export async function deliverLink(
  kind: TokenKind,
  token: { raw: string; expiresAt: Date },
  to: string,
  intro = "",
): Promise<LinkResult> {
  requireLinkAddress();
  const path = `${TOKEN_PATH[kind]}/${token.raw}`;
  const origin = readoutOrigin();
  const link = origin ? new URL(path, origin).toString() : path;
  if (!origin) return { link, expiresAt: token.expiresAt, emailed: false };
  const text = `${intro ? `${intro}\n\n` : ""}Set your Readout password here. The link works once, until ${token.expiresAt.toUTCString()}:\n${link}\n`;
  const emailed = await enqueueMail({ to, subject: SUBJECT[kind], text }).catch(() => false);
  return { link, expiresAt: token.expiresAt, emailed };
}
