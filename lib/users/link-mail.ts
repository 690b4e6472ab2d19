import "server-only";
import { TOKEN_PATH } from "@/lib/auth/tokens";
import type { TokenKind } from "@/lib/generated/prisma/enums";
import { enqueueMail } from "@/lib/mail-queue";

export type LinkResult = { link: string; expiresAt: Date; emailed: boolean };

const SUBJECT = { invitation: "You have been invited to Readout", password_reset: "Reset your Readout password" } satisfies Record<TokenKind, string>;

/** Builds a one-time link and queues it for email when mail is configured; a mail failure never loses the link. */
export async function deliverLink(
  kind: TokenKind,
  token: { raw: string; expiresAt: Date },
  to: string,
  origin: string,
  intro = "",
): Promise<LinkResult> {
  const link = new URL(`${TOKEN_PATH[kind]}/${token.raw}`, origin).toString();
  const text = `${intro ? `${intro}\n\n` : ""}Set your Readout password here. The link works once, until ${token.expiresAt.toUTCString()}:\n${link}\n`;
  const emailed = await enqueueMail({ to, subject: SUBJECT[kind], text }).catch(() => false);
  return { link, expiresAt: token.expiresAt, emailed };
}
