import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveConversion, scopeWhere, type PledgeScope } from "@/lib/ledger/convert";
import { withLedgerSums } from "@/lib/ledger/ledger-sums";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";

/**
 * Stores the converted figures of the pledges in scope (published or not), in
 * the reporting currency, at the rates of their announcement day. Called by
 * refreshPledges after it changed their terms or progress, and by a rate
 * upload for the pledges whose rates it may have changed.
 */
export async function storeConvertedFigures(tx: Tx, scope: PledgeScope): Promise<void> {
  const currency = reportingCurrency();
  await tx.$executeRaw`
    UPDATE "Pledge" t SET "convertedCurrency" = ${currency}, "rateFactor" = c.factor, "rateDate" = c.rate_date,
      "outstandingAmount" = c.outstanding, "pledgedConverted" = c.pledged_converted, "allocatedConverted" = c.allocated_converted,
      "deliveredConverted" = c.delivered_converted, "outstandingConverted" = c.outstanding_converted
    FROM (${liveConversion({ ...scope, includeUnpublished: true }, currency)}) c
    WHERE t.id = c.id`;
  await tx.$executeRaw`
    UPDATE "Pledge" p SET "deliveredByMonth" = ${DELIVERED_BY_MONTH}
    WHERE ${scopeWhere({ ...scope, includeUnpublished: true })}`;
}

// The pledge p's approved deliveries, converted at its stored factor, summed by the as-of month.
// A "delivered" event without an amount stands for whatever its named deliveries left outstanding,
// as in the pledge's own delivered figure.
export const DELIVERED_BY_MONTH = Prisma.sql`coalesce((
  SELECT jsonb_agg(jsonb_build_object('month', m.month, 'amount', m.amount) ORDER BY m.month)
  FROM (
    SELECT date_trunc('month', d."asOf")::date AS month,
      sum(round(CASE WHEN d.amount IS NOT NULL THEN d.amount WHEN d.nth = 1 THEN greatest(p."deliveredAmount" - coalesce(d.named, 0), 0) ELSE 0 END * p."rateFactor", 2)) AS amount
    FROM (
      SELECT e."asOf", e.amount, sum(e.amount) OVER () AS named,
        row_number() OVER (PARTITION BY e.amount IS NULL ORDER BY e."asOf", e.id) AS nth
      FROM "PledgeEvent" e
      WHERE e."pledgeId" = p.id AND e.state = 'approved' AND e.kind IN ('partly_delivered', 'delivered')
    ) d
    GROUP BY 1
  ) m), '[]'::jsonb)`;

/**
 * After a rate upload: stores again the figures of every pledge whose
 * conversion may use a rate of a day from `first` to `last` (those dated
 * within a lookback of them), and the ledger's sums with them.
 */
export async function reconvertPledges(tx: Tx, first: string, last: string): Promise<void> {
  const scope: PledgeScope = { rateDays: { first, last }, includeUnpublished: true };
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT p.id FROM "Pledge" p WHERE ${scopeWhere(scope)}`;
  const ids = rows.map((r) => r.id);
  if (ids.length) await withLedgerSums(tx, ids, () => storeConvertedFigures(tx, { ids }));
}
