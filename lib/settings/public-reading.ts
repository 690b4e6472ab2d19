import { recordAudit, type AuditActor } from "@/lib/audit";
import { db, type Db } from "@/lib/db";

const KEY = "public_reading";

/**
 * Whether published readouts, search, the ledger, the feed and the API are
 * readable without signing in. Read from Postgres on each anonymous request
 * (one primary-key lookup, never cached in the process), so turning it off
 * takes effect on every instance at the next request.
 */
export async function isPublicReadingOn(client: Db = db()): Promise<boolean> {
  const row = await client.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  return row?.value === true;
}

/** Turns public reading on or off, audited in the same transaction. */
export async function setPublicReading(actor: AuditActor, on: boolean, client: Db = db()): Promise<void> {
  await client.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: KEY }, select: { value: true } });
    await tx.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: on }, update: { value: on } });
    await recordAudit(tx, { actor, action: "setting.change", entityType: "setting", entityId: KEY, before: { on: before?.value === true }, after: { on } });
  });
}
