import { db } from "@/lib/db";
import { addressKey } from "@/lib/http/client-ip";

// Counters live in Postgres so every app instance enforces the same limits.
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  accountLimit: 5,
  addressLimit: 30,
} as const;

// Self-service password resets each send an email: a few per account and per
// address an hour, so the forgot-password page cannot flood anyone's mailbox.
export const RESET_THROTTLE = {
  windowMinutes: 60,
  accountLimit: 3,
  addressLimit: 10,
} as const;

export type ThrottleKeys = { account: string; address: string };

export const throttleKeys = (email: string, ip: string): ThrottleKeys => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${addressKey(ip)}`,
});

/** Minutes until sign-in is allowed again for these keys, or 0 when it is allowed now. */
export async function lockedFor(keys: ThrottleKeys): Promise<number> {
  const rows = await db().signInThrottle.findMany({
    where: { key: { in: [keys.account, keys.address] }, lockedUntil: { gt: new Date() } },
    select: { lockedUntil: true },
  });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime()));
  return until ? Math.ceil((until - Date.now()) / 60_000) : 0;
}

/** Counts a failed attempt against the account and the address, locking either at its limit. */
export async function recordFailure(keys: ThrottleKeys): Promise<void> {
  await count(keys.account, THROTTLE.accountLimit, THROTTLE);
  await count(keys.address, THROTTLE.addressLimit, THROTTLE);
}

export async function clearAccount(keys: ThrottleKeys): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: keys.account } });
}

/** Counts one self-service reset request; false when the account or the address has had its share this hour. */
export async function allowResetRequest(email: string, ip: string): Promise<boolean> {
  const rule = { ...RESET_THROTTLE, lockMinutes: RESET_THROTTLE.windowMinutes };
  // The address first: a request it is refused does not use up the account's share.
  if ((await count(`reset-address:${addressKey(ip)}`, RESET_THROTTLE.addressLimit, rule)) > RESET_THROTTLE.addressLimit) return false;
  return (await count(`reset-account:${email.trim().toLowerCase()}`, RESET_THROTTLE.accountLimit, rule)) <= RESET_THROTTLE.accountLimit;
}

// One statement, so simultaneous attempts on several instances are all
// counted. Returns the count in the current window, this attempt included.
async function count(key: string, limit: number, rule: { windowMinutes: number; lockMinutes: number }): Promise<number> {
  const window = `${rule.windowMinutes} minutes`;
  const lock = `${rule.lockMinutes} minutes`;
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" (key, failures, "windowStart", "lockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + ${lock}::interval END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1 ELSE "SignInThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN now() ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1 ELSE "SignInThrottle".failures + 1 END) >= ${limit}
        THEN now() + ${lock}::interval
        ELSE "SignInThrottle"."lockedUntil" END
    RETURNING failures`;
  return rows[0]!.failures;
}
