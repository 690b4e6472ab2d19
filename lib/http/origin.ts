import "server-only";
import { headers } from "next/headers";

/**
 * The address people reach Readout at, for links in emails and invitations:
 * READOUT_URL when set (recommended behind a proxy), else the request's host.
 */
export async function appOrigin(): Promise<string> {
  if (process.env.READOUT_URL) return new URL(process.env.READOUT_URL).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
