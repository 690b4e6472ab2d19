import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { TokenReader } from "@/lib/auth/access-tokens";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { anonymousRetryAfter } from "@/lib/auth/reader-throttle";
import { clientIp } from "@/lib/http/client-ip";
import { isPublicReadingOn } from "@/lib/settings/public-reading";

/** Someone who reads without signing in, while public reading is on. Holds read:readout only (PUBLIC_PERMISSIONS). */
export type AnonymousReader = { anonymous: true; id?: undefined; email: ""; role?: undefined };
const ANONYMOUS: AnonymousReader = { anonymous: true, email: "" };

/** Whoever reads published readouts: a signed-in person, a personal access token, or the anonymous reader. */
export type Reader = CurrentUser | TokenReader | AnonymousReader;

export const isAnonymous = (reader: Reader): reader is AnonymousReader => "anonymous" in reader;

// Set only by handleReaderRoute (lib/http/reader-route.ts), for the GET routes that accept a token.
const tokenReader = new AsyncLocalStorage<TokenReader>();

/** Runs `work` as the token's reader: every reader check inside it sees the token, not the session. */
export function readAsToken<T>(reader: TokenReader, work: () => T): T {
  return tokenReader.run(reader, work);
}

/** The reader of this request, or null when signed out and public reading is off. */
export const getReader = cache(async (): Promise<Reader | null> => {
  const token = tokenReader.getStore();
  if (token) return token;
  const user = await getCurrentUser();
  if (user) return user;
  return (await isPublicReadingOn()) ? ANONYMOUS : null;
});

// Counted once per page render (React's cache), so a page's several reads are one request.
const retryAfter = cache(async () => anonymousRetryAfter(clientIp(await headers())));

/** Seconds an anonymous reader must wait (0: go ahead); never limits anyone signed in or with a token. */
export async function readerRetryAfter(reader: Reader): Promise<number> {
  return isAnonymous(reader) ? retryAfter() : 0;
}

/**
 * For reader pages (published readouts, search, the ledger's published views):
 * the reader, signed in or, while public reading is on, anonymous. Otherwise
 * signed-out visitors go to sign-in as before; an address past its anonymous
 * share gets the too-many-requests page.
 */
export async function requireReader(): Promise<Reader> {
  const reader = await getReader();
  if (!reader) return requireUser("read:readout");
  if (!can(reader, "read:readout")) forbidden();
  const wait = await readerRetryAfter(reader);
  if (wait) redirect(`/too-many-requests?wait=${wait}`);
  return reader;
}
