import { db } from "@/lib/db";

// Counters live in Postgres so every app instance enforces the same limits.
export const THROTTLE = {
  windowMinutes: 15,
  lockMinutes: 15,
  accountLimit: 5,
  addressLimit: 30,
} as const;

export type ThrottleKeys = { account: string; address: string };

export const throttleKeys = (email: string, ip: string): ThrottleKeys => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${ip}`,
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
  await bump(keys.account, THROTTLE.accountLimit);
  await bump(keys.address, THROTTLE.addressLimit);
}

export async function clearAccount(keys: ThrottleKeys): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key: keys.account } });
}

// One statement, so simultaneous failures on several instances are all counted.
async function bump(key: string, limit: number) {
  const window = `${THROTTLE.windowMinutes} minutes`;
  const lock = `${THROTTLE.lockMinutes} minutes`;
  await db().$executeRaw`
    INSERT INTO "SignInThrottle" (key, failures, "windowStart", "lockedUntil")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + ${lock}::interval END)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1 ELSE "SignInThrottle".failures + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN now() ELSE "SignInThrottle"."windowStart" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN "SignInThrottle"."windowStart" < now() - ${window}::interval THEN 1 ELSE "SignInThrottle".failures + 1 END) >= ${limit}
        THEN now() + ${lock}::interval
        ELSE "SignInThrottle"."lockedUntil" END`;
}
