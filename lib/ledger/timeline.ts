import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { convertedPledges, type PledgeScope } from "@/lib/ledger/convert";
import { keptScope, keptWhere, sumsComplete } from "@/lib/ledger/kept-scope";

export type MonthRow = { month: Date; pledged: string; delivered: string };

/**
 * Cumulative pledged and delivered, converted, at the end of each month:
 * a pledge counts from the month it was first announced, a delivery from
 * the as-of month of its approved event. A "delivered" event without an
 * amount stands for whatever its named deliveries left outstanding, as in
 * the pledge's own delivered figure. Pledges without a rate are left out.
 */
export function timelineSql(scope: PledgeScope, currency: string): Prisma.Sql {
  if (!keptScope(scope)) return summedTimelineSql(scope, currency);
  return Prisma.sql`
    SELECT * FROM (
      SELECT t.month, (sum(t.pledged) OVER (ORDER BY t.month))::text AS pledged, (sum(t.delivered) OVER (ORDER BY t.month))::text AS delivered
      FROM "LedgerMonth" t
      WHERE ${keptWhere(scope, currency)} AND t.entries > 0 AND ${sumsComplete(currency)}
      ORDER BY t.month
      LIMIT 600
    ) kept
    UNION ALL
    SELECT * FROM (${summedTimelineSql(scope, currency)}) summed WHERE NOT ${sumsComplete(currency)}
    ORDER BY month`;
}

/** The same months summed over the pledges and events in scope (kept in "LedgerMonth" by lib/ledger/ledger-sums.ts). */
export function summedTimelineSql(scope: PledgeScope, currency: string): Prisma.Sql {
  return Prisma.sql`
    WITH pledge AS (${convertedPledges(scope, currency)}),
    pledged AS (
      SELECT date_trunc('month', announced_on)::date AS month, sum(pledged_converted) AS amount
      FROM pledge WHERE rated AND amount IS NOT NULL AND announced_on IS NOT NULL GROUP BY 1
    ),
    delivery AS (
      SELECT e."asOf", e.amount, p.delivered, p.factor,
        sum(e.amount) OVER (PARTITION BY e."pledgeId") AS named,
        row_number() OVER (PARTITION BY e."pledgeId", e.amount IS NULL ORDER BY e."asOf", e.id) AS nth
      FROM "PledgeEvent" e JOIN pledge p ON p.id = e."pledgeId"
      WHERE e.state = 'approved' AND e.kind IN ('partly_delivered', 'delivered') AND p.rated
    ),
    delivered AS (
      SELECT date_trunc('month', "asOf")::date AS month,
        sum(round(CASE WHEN amount IS NOT NULL THEN amount WHEN nth = 1 THEN greatest(delivered - coalesce(named, 0), 0) ELSE 0 END * factor, 2)) AS amount
      FROM delivery GROUP BY 1
    )
    SELECT month,
      (sum(coalesce(pl.amount, 0)) OVER (ORDER BY month))::text AS pledged,
      (sum(coalesce(dl.amount, 0)) OVER (ORDER BY month))::text AS delivered
    FROM pledged pl FULL JOIN delivered dl USING (month)
    ORDER BY month
    LIMIT 600`;
}
