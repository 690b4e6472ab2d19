import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";

/**
 * The id of the Session row the request's cookie names, or null. Reads the
 * cookie next-auth wrote, without next-auth's `auth()`, which also encrypts a
 * fresh cookie on every call (that a page cannot even send).
 */
export async function sessionIdFromCookie(): Promise<string | null> {
  const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const name = await sessionCookieName();
  const value = (await cookies()).get(name)?.value;
  if (!value) return null;
  try {
    // The cookie's name is the salt next-auth encrypted its token with.
    const token = await decode({ token: value, secret, salt: name });
    return typeof token?.sid === "string" ? token.sid : null;
  } catch {
    return null; // not a token of ours: another secret, tampered with, or expired
  }
}

// As next-auth names it: over HTTPS only a __Secure- cookie counts, which a
// plain-HTTP response cannot have set. The token holds only ids, far below
// the size at which next-auth splits a cookie into chunks.
async function sessionCookieName(): Promise<string> {
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = configured ? new URL(configured).protocol : `${((await headers()).get("x-forwarded-proto") ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:" ? "__Secure-authjs.session-token" : "authjs.session-token";
}
