import { db } from "@/lib/db";
import { addressKey } from "@/lib/http/client-ip";

/** How many pages, downloads and API calls one address may make without signing in, per window. */
export const ANONYMOUS_LIMIT = { windowSeconds: 60, requests: 120 } as const;

/** The counter's key in the throttle table (shared with sign-in's counters, one prefix per rule). */
export const anonymousKey = (ip: string) => `anonymous-read:${addressKey(ip)}`;

/**
 * Counts one anonymous read from `ip`: 0 while the address is within its
 * share, else the seconds until its window ends. One statement, in Postgres,
 * so every instance counts against the same limit.
 */
export async function anonymousRetryAfter(ip: string): Promise<number> {
  const window = `${ANONYMOUS_LIMIT.windowSeconds} seconds`;
  const rows = await db().$queryRaw<{ requests: number; retry_after: number }[]>`
    INSERT INTO "SignInThrottle" (key, failures, "windowStart")
    VALUES (${anonymousKey(ip)}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "SignInThrottle"."windowStart" <= now() - ${window}::interval THEN 1 ELSE "SignInThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= now() - ${window}::interval THEN now() ELSE "SignInThrottle"."windowStart" END
    RETURNING failures AS requests, ceil(extract(epoch FROM "windowStart" + ${window}::interval - now()))::int AS retry_after`;
  const { requests, retry_after } = rows[0]!;
  return requests > ANONYMOUS_LIMIT.requests ? Math.max(1, retry_after) : 0;
}
