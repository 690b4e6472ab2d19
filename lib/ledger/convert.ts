import "server-only";
import { MAX_RATE_LOOKBACK_DAYS } from "@/lib/ledger/rates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LedgerFilter } from "@/lib/ledger/query";

/** Which pledges a ledger query reads. */
export type PledgeScope = LedgerFilter & {
  partyId?: string;
  number?: number;
  /** Staff reading one pledge may see it before any announcement of it is published. */
  includeUnpublished?: boolean;
};

/** The WHERE clause over "Pledge" p for a scope; published pledges only unless asked otherwise. */
export function scopeWhere(scope: PledgeScope): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (!scope.includeUnpublished) conditions.push(Prisma.sql`p."publishedAt" IS NOT NULL`);
  if (scope.series) conditions.push(Prisma.sql`lower(p.series) = lower(${scope.series})`);
  if (scope.from) conditions.push(Prisma.sql`p."announcedOn" >= ${scope.from}::date`);
  if (scope.to) conditions.push(Prisma.sql`p."announcedOn" <= ${scope.to}::date`);
  if (scope.recipient) conditions.push(Prisma.sql`p."recipientId" IN (SELECT id FROM "Party" WHERE slug = ${scope.recipient})`);
  if (scope.partyId) conditions.push(Prisma.sql`p."partyId" = ${scope.partyId}`);
  if (scope.number !== undefined) conditions.push(Prisma.sql`p.number = ${scope.number}`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * The pledges of a scope, one row each, with their figures converted into
 * `currency` inside Postgres. Each pledge uses the ECB rates of its
 * announcement day, or of the last earlier day with a rate (weekends and
 * holidays have none). Rates are units per euro, so C → X is
 * amount / rate(C) * rate(X), the euro's rate being 1. A pledge with no rate
 * for its currency (or the reporting one) has `rated = false` and null
 * converted figures; `rate_date` says which day's rates were used.
 *
 * Columns: the pledge's own (snake case), `outstanding` (original currency;
 * zero once cancelled, null when the amount is undisclosed), `rated`, `rate_date`, `factor` and
 * `pledged_converted` / `allocated_converted` / `delivered_converted` /
 * `outstanding_converted`.
 */
export function convertedPledges(scope: PledgeScope, currency: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.number, p."publishedAt" AS published_at, p.series, p."partyId" AS party_id, p."recipientId" AS recipient_id,
      p.kind, p.instrument, p.description, p.amount, p.currency, p.quantity, p.unit, p."dueDate" AS due_date,
      p."announcedOn" AS announced_on, p."lastAnnouncedOn" AS last_announced_on, p.status,
      p."allocatedAmount" AS allocated, p."deliveredAmount" AS delivered,
      p."allocatedQuantity" AS allocated_quantity, p."deliveredQuantity" AS delivered_quantity,
      fx.outstanding, fx.factor IS NOT NULL AS rated, CASE WHEN fx.factor IS NOT NULL THEN fx.rate_date END AS rate_date, fx.factor,
      round(p.amount * fx.factor, 2) AS pledged_converted,
      round(p."allocatedAmount" * fx.factor, 2) AS allocated_converted,
      round(p."deliveredAmount" * fx.factor, 2) AS delivered_converted,
      round(fx.outstanding * fx.factor, 2) AS outstanding_converted
    FROM "Pledge" p
    LEFT JOIN LATERAL (
      SELECT r.date, r.rate FROM "ExchangeRate" r
      WHERE r.currency = p.currency AND r.date <= coalesce(p."announcedOn", p."publishedAt"::date)
        AND r.date > coalesce(p."announcedOn", p."publishedAt"::date) - ${MAX_RATE_LOOKBACK_DAYS}::int
      ORDER BY r.date DESC LIMIT 1
    ) src ON p.currency::text NOT IN ('EUR', ${currency}::text)
    LEFT JOIN LATERAL (
      SELECT r.date, r.rate FROM "ExchangeRate" r
      WHERE r.currency = ${currency}::text AND r.date <= coalesce(p."announcedOn", p."publishedAt"::date)
        AND r.date > coalesce(p."announcedOn", p."publishedAt"::date) - ${MAX_RATE_LOOKBACK_DAYS}::int
      ORDER BY r.date DESC LIMIT 1
    ) dst ON ${currency}::text <> 'EUR' AND p.currency::text <> ${currency}::text
    CROSS JOIN LATERAL (
      SELECT
        CASE
          WHEN p.currency IS NULL THEN NULL
          WHEN p.currency::text = ${currency}::text THEN 1::numeric
          WHEN (p.currency::text = 'EUR' OR src.rate IS NOT NULL) AND (${currency}::text = 'EUR' OR dst.rate IS NOT NULL)
            THEN coalesce(dst.rate, 1) / coalesce(src.rate, 1)
        END AS factor,
        -- The older of the two rates when the two currencies' last rates fall on different days.
        CASE WHEN p.currency::text <> ${currency}::text THEN least(src.date, dst.date) END AS rate_date,
        CASE WHEN p.amount IS NULL THEN NULL WHEN p.status = 'cancelled' THEN 0 ELSE greatest(p.amount - p."deliveredAmount", 0) END AS outstanding
    ) fx
    WHERE ${scopeWhere(scope)}`;
}
