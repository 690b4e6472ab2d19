import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { Prisma } from "@/lib/generated/prisma/client";
import { eventRowsSql, toLedgerEvent, type EventCursor, type EventRow } from "@/lib/ledger/event-rows";
import type { LedgerEvent, LedgerPledge } from "@/lib/ledger/figures";
import { pledgeRowsSql, toLedgerPledge, type PledgeRow } from "@/lib/ledger/pledge-rows";
import type { LedgerFilter } from "@/lib/ledger/query";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";

const BATCH = 500;

/**
 * Every published pledge in scope, in batches by number, for a streamed
 * download. Authorised and audited before the first batch is read.
 */
export async function exportPledges(filter: LedgerFilter): Promise<AsyncGenerator<LedgerPledge[]>> {
  const actor = await authorizeReader();
  await recordAudit(db(), { actor, action: "ledger.export", entityType: "ledger", after: { format: "pledges.csv", filters: filter } });
  const currency = reportingCurrency();
  return (async function* () {
    let after = 0;
    for (;;) {
      const rows = await db().$queryRaw<PledgeRow[]>(pledgeRowsSql(filter, currency, { order: "number", limit: BATCH, where: Prisma.sql`p.number > ${after}` }));
      if (rows.length) yield rows.map((r) => toLedgerPledge(r, currency));
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1]!.number;
    }
  })();
}

/** Every approved event of the published pledges in scope, in batches, like exportPledges. */
export async function exportEvents(filter: LedgerFilter): Promise<AsyncGenerator<LedgerEvent[]>> {
  const actor = await authorizeReader();
  await recordAudit(db(), { actor, action: "ledger.export", entityType: "ledger", after: { format: "events.csv", filters: filter } });
  const currency = reportingCurrency();
  return (async function* () {
    let after: EventCursor | undefined;
    for (;;) {
      const rows = await db().$queryRaw<EventRow[]>(eventRowsSql(filter, currency, { states: ["approved"], limit: BATCH, ...(after ? { after } : {}) }));
      if (rows.length) yield rows.map((r) => toLedgerEvent(r, currency));
      if (rows.length < BATCH) return;
      const last = rows[rows.length - 1]!;
      after = { number: last.pledge_number, asOf: last.as_of, id: last.id };
    }
  })();
}
