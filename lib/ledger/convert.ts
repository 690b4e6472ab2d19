import { MAX_RATE_LOOKBACK_DAYS } from "@/lib/ledger/rates";
import { Prisma } from "@/lib/generated/prisma/client";
import { sumsComplete } from "@/lib/ledger/kept-scope";
import type { LedgerFilter } from "@/lib/ledger/query";

/** Which pledges a ledger query reads. */
export type PledgeScope = LedgerFilter & {
  partyId?: string;
  number?: number;
  /** Staff reading one pledge may see it before any announcement of it is published. */
  includeUnpublished?: boolean;
  /** Only these pledges (the writer of their stored figures). */
  ids?: readonly string[];
  /** Only pledges whose conversion may use a rate of one of these days (a rate upload's). */
  rateDays?: { first: string; last: string };
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
  if (scope.ids) conditions.push(Prisma.sql`p.id = ANY(${[...scope.ids]})`);
  if (scope.rateDays) {
    conditions.push(Prisma.sql`coalesce(p."announcedOn", p."publishedAt"::date) >= ${scope.rateDays.first}::date
      AND coalesce(p."announcedOn", p."publishedAt"::date) < ${scope.rateDays.last}::date + ${MAX_RATE_LOOKBACK_DAYS}::int`);
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * The pledges of a scope, one row each, with their figures in `currency`.
 * A pledge's converted figures are stored on it (written by refreshPledges and
 * a rate upload, decision 0029); only a pledge stored in another currency
 * (READOUT_REPORTING_CURRENCY changed since) is converted here, at the rates
 * `liveConversion` uses, so the answer is the same either way. While every
 * published pledge is stored in `currency` (the kept sums say so in one row),
 * the converting branch is not run at all.
 *
 * Columns: the pledge's own (snake case), `outstanding` (original currency;
 * zero once cancelled, null when the amount is undisclosed), `rated`, `rate_date`, `factor` and
 * `pledged_converted` / `allocated_converted` / `delivered_converted` /
 * `outstanding_converted`.
 */
export function convertedPledges(scope: PledgeScope, currency: string, top?: TopRows): Prisma.Sql {
  const stored = Prisma.sql`
    SELECT ${PLEDGE_COLUMNS},
      p."outstandingAmount" AS outstanding, p."rateFactor" IS NOT NULL AS rated, p."rateDate" AS rate_date, p."rateFactor" AS factor,
      p."pledgedConverted" AS pledged_converted, p."allocatedConverted" AS allocated_converted,
      p."deliveredConverted" AS delivered_converted, p."outstandingConverted" AS outstanding_converted
    FROM "Pledge" p
    WHERE ${scopeWhere(scope)} AND p."convertedCurrency" = ${currency}::char(3)`;
  const live = Prisma.sql`
    SELECT ${PLEDGE_COLUMNS}, ${LIVE_FIGURES}
    FROM "Pledge" p
    CROSS JOIN LATERAL (${liveFactor(currency)}) fx
    WHERE ${scopeWhere(scope)} AND (p."convertedCurrency" <> ${currency}::char(3) OR p."convertedCurrency" IS NULL)
      ${scope.includeUnpublished ? Prisma.empty : Prisma.sql`AND NOT ${sumsComplete(currency)}`}`;
  if (!top) return Prisma.sql`${stored} UNION ALL ${live}`;
  // Each half's first rows by its own index, then the caller orders the two together.
  const first = (half: Prisma.Sql) => Prisma.sql`(SELECT * FROM (${half}) p WHERE ${top.where} ORDER BY ${top.order} LIMIT ${top.limit})`;
  return Prisma.sql`${first(stored)} UNION ALL ${first(live)}`;
}

/** The first `limit` rows of each half of convertedPledges matching `where`, in `order` (both over its columns, alias p). */
export type TopRows = { where: Prisma.Sql; order: Prisma.Sql; limit: number };

/**
 * The pledges of a scope converted from the rates table, for storing: each
 * pledge uses the ECB rates of its announcement day, or of the last earlier
 * day with a rate (weekends and holidays have none). Rates are units per
 * euro, so C → X is amount / rate(C) * rate(X), the euro's rate being 1. A
 * pledge with no rate for its currency (or the reporting one) has a null
 * factor and null converted figures; `rate_date` says which day's rates were used.
 */
export function liveConversion(scope: PledgeScope, currency: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, ${LIVE_FIGURES}
    FROM "Pledge" p
    CROSS JOIN LATERAL (${liveFactor(currency)}) fx
    WHERE ${scopeWhere(scope)}`;
}

const OUTSTANDING = Prisma.sql`CASE WHEN p.amount IS NULL THEN NULL WHEN p.status = 'cancelled' THEN 0 ELSE greatest(p.amount - p."deliveredAmount", 0) END`;

// Over the pledge p and its live factor fx, in the order of convertedPledges' stored figures.
const LIVE_FIGURES = Prisma.sql`${OUTSTANDING} AS outstanding, fx.factor IS NOT NULL AS rated,
      CASE WHEN fx.factor IS NOT NULL THEN fx.rate_date END AS rate_date, fx.factor,
      round(p.amount * fx.factor, 2) AS pledged_converted,
      round(p."allocatedAmount" * fx.factor, 2) AS allocated_converted,
      round(p."deliveredAmount" * fx.factor, 2) AS delivered_converted,
      round(${OUTSTANDING} * fx.factor, 2) AS outstanding_converted`;

const PLEDGE_COLUMNS = Prisma.sql`p.id, p.number, p."publishedAt" AS published_at, p.series, p."partyId" AS party_id, p."recipientId" AS recipient_id,
      p.kind, p.instrument, p.description, p.amount, p.currency, p.quantity, p.unit, p."dueDate" AS due_date,
      p."announcedOn" AS announced_on, p."lastAnnouncedOn" AS last_announced_on, p.status,
      p."allocatedAmount" AS allocated, p."deliveredAmount" AS delivered,
      p."allocatedQuantity" AS allocated_quantity, p."deliveredQuantity" AS delivered_quantity`;

/** One row for the pledge p: `factor` from its currency into `currency`, and `rate_date`, the older of the two rates' days. */
function liveFactor(currency: string): Prisma.Sql {
  return Prisma.sql`
    SELECT
      CASE
        WHEN p.currency IS NULL THEN NULL
        WHEN p.currency::text = ${currency}::text THEN 1::numeric
        WHEN (p.currency::text = 'EUR' OR src.rate IS NOT NULL) AND (${currency}::text = 'EUR' OR dst.rate IS NOT NULL)
          THEN coalesce(dst.rate, 1) / coalesce(src.rate, 1)
      END AS factor,
      -- The older of the two rates when the two currencies' last rates fall on different days.
      CASE WHEN p.currency::text <> ${currency}::text THEN least(src.date, dst.date) END AS rate_date
    FROM (SELECT 1) one
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
    ) dst ON ${currency}::text <> 'EUR' AND p.currency::text <> ${currency}::text`;
}
