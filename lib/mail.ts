import nodemailer from "nodemailer";

/**
 * Sends a plain-text email when SMTP_URL is configured (e.g.
 * smtp://user:pass@mail.example:587); otherwise does nothing and says so.
 */
export type MailMessage = { to: string; subject: string; text: string };

export async function sendMail(message: MailMessage): Promise<boolean> {
  const url = process.env.SMTP_URL;
  if (!url) return false;
  const transport = nodemailer.createTransport(url);
  await transport.sendMail({ from: process.env.MAIL_FROM ?? "Readout <readout@localhost>", ...message });
  return true;
}
