import "server-only";
import { cookies, headers } from "next/headers";
import { LRUCache } from "lru-cache";
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
  const key = `${name}\0${value}`;
  let opened = openedTokens.get(key);
  if (!opened) {
    opened = await openToken(value, secret, name);
    // Only tokens of ours are kept: a flood of made-up cookies must not push them out.
    if (opened.sid !== null) openedTokens.set(key, opened);
  }
  // As jose checks it in decode (15 s of clock tolerance).
  return opened.sid !== null && Date.now() / 1000 <= opened.exp + 15 ? opened.sid : null;
}

type OpenedToken = { sid: string | null; exp: number };

// Decrypting a cookie costs milliseconds (key derivation, thumbprint, AES and
// HMAC through WebCrypto) and its result never changes, so each instance keeps
// what its recent cookies hold. This is not a cache of validity: whether the
// session named still counts (signed out, expired, deactivated) is asked of
// Postgres on every request (getCurrentUser), so a revocation on one instance
// applies at once on all.
const openedTokens = new LRUCache<string, OpenedToken>({ max: 10_000, maxSize: 32_000_000, sizeCalculation: (_value, key) => key.length });

async function openToken(value: string, secret: string, name: string): Promise<OpenedToken> {
  try {
    // The cookie's name is the salt next-auth encrypted its token with.
    const token = await decode({ token: value, secret, salt: name });
    return { sid: typeof token?.sid === "string" ? token.sid : null, exp: typeof token?.exp === "number" ? token.exp : Infinity };
  } catch {
    return { sid: null, exp: 0 }; // not a token of ours: another secret, tampered with, or expired
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
