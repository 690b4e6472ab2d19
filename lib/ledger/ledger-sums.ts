import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs `change` on the pledges `ids` while keeping "LedgerTotal" and
 * "LedgerMonth" equal to the sums over every published pledge: their
 * contributions are taken out before the change and put back after it, in
 * the caller's transaction. The pledges are locked first (by id), then one
 * advisory lock serialises the sums' writers, so two changes never interleave
 * their subtractions and additions (and never deadlock on the sum rows).
 * A caller must not lock further pledges inside `change`.
 */
export async function withLedgerSums<T>(tx: Tx, ids: readonly string[], change: () => Promise<T>): Promise<T> {
  const list = [...ids];
  await tx.$queryRaw`SELECT id FROM "Pledge" WHERE id = ANY(${list}) ORDER BY id FOR UPDATE`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('readout:ledger-sums'))`;
  const which = Prisma.sql`p.id = ANY(${list})`;
  await addContributions(tx, which, -1);
  const result = await change();
  await addContributions(tx, which, 1);
  return result;
}

/** Adds `sign` times the contributions of the pledges matching `which` (over "Pledge" p) to the sums. */
export async function addContributions(tx: Tx, which: Prisma.Sql, sign: 1 | -1): Promise<void> {
  await tx.$executeRaw(totalsContributionSql(which, sign));
  await tx.$executeRaw(monthsContributionSql(which, sign));
}

// Each published pledge counts in four scopes: everything, its series, its party, its series and party.
const SCOPED = (which: Prisma.Sql) => Prisma.sql`
  SELECT p.*, sc.by_series, sc.series_key, sc.by_party, sc.party_key
  FROM "Pledge" p
  CROSS JOIN LATERAL (VALUES
    (false, '', false, ''),
    (true, lower(coalesce(p.series, '')), false, ''),
    (false, '', true, coalesce(p."partyId", '')),
    (true, lower(coalesce(p.series, '')), true, coalesce(p."partyId", ''))
  ) sc(by_series, series_key, by_party, party_key)
  WHERE (${which}) AND p."publishedAt" IS NOT NULL AND p."convertedCurrency" IS NOT NULL`;

const ADD = (columns: string[], table: string) =>
  Prisma.raw(columns.map((c) => `"${c}" = "${table}"."${c}" + EXCLUDED."${c}"`).join(", "));

export function totalsContributionSql(which: Prisma.Sql, sign: 1 | -1): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "LedgerTotal" (currency, "bySeries", series, "byParty", "partyId", "group", key, "byCurrency", "pledgeCurrency",
      pledges, unrated, undisclosed, pledged, allocated, delivered, outstanding,
      "originalPledged", "originalAllocated", "originalDelivered", "originalOutstanding")
    SELECT "convertedCurrency", by_series, series_key, by_party, party_key,
      CASE WHEN grouping("partyId") = 0 THEN 'party' WHEN grouping(kind) = 0 THEN 'kind' WHEN grouping(instrument) = 0 THEN 'instrument' ELSE 'total' END,
      coalesce(CASE WHEN grouping("partyId") = 0 THEN "partyId" WHEN grouping(kind) = 0 THEN kind::text WHEN grouping(instrument) = 0 THEN instrument::text END, ''),
      grouping(currency) = 0, coalesce(trim(currency), ''),
      ${Prisma.raw(String(sign))} * count(*)::int,
      ${Prisma.raw(String(sign))} * (count(*) FILTER (WHERE amount IS NOT NULL AND "rateFactor" IS NULL))::int,
      ${Prisma.raw(String(sign))} * (count(*) FILTER (WHERE amount IS NULL))::int,
      ${Prisma.raw(String(sign))} * coalesce(sum("pledgedConverted"), 0), ${Prisma.raw(String(sign))} * coalesce(sum("allocatedConverted"), 0),
      ${Prisma.raw(String(sign))} * coalesce(sum("deliveredConverted"), 0), ${Prisma.raw(String(sign))} * coalesce(sum("outstandingConverted"), 0),
      ${Prisma.raw(String(sign))} * coalesce(sum(amount), 0), ${Prisma.raw(String(sign))} * coalesce(sum("allocatedAmount"), 0),
      ${Prisma.raw(String(sign))} * coalesce(sum("deliveredAmount"), 0), ${Prisma.raw(String(sign))} * coalesce(sum("outstandingAmount"), 0)
    FROM (${SCOPED(which)}) p
    GROUP BY "convertedCurrency", by_series, series_key, by_party, party_key,
      GROUPING SETS ((), ("partyId"), (kind), (instrument), (currency), ("partyId", currency), (kind, currency), (instrument, currency))
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (currency, "bySeries", series, "byParty", "partyId", "group", key, "byCurrency", "pledgeCurrency") DO UPDATE SET
      ${ADD(["pledges", "unrated", "undisclosed", "pledged", "allocated", "delivered", "outstanding", "originalPledged", "originalAllocated", "originalDelivered", "originalOutstanding"], "LedgerTotal")}`;
}

/**
 * A pledge counts from the month it was first announced, its deliveries from
 * the as-of months of their approved events (stored on the pledge, so the sums
 * read only what refreshPledges wrote). Pledges without a rate are left out.
 */
export function monthsContributionSql(which: Prisma.Sql, sign: 1 | -1): Prisma.Sql {
  return Prisma.sql`
    WITH p AS (${SCOPED(which)} AND p."rateFactor" IS NOT NULL),
    entry AS (
      SELECT p.*, date_trunc('month', p."announcedOn")::date AS month, p."pledgedConverted" AS pledged, 0::numeric AS delivered
      FROM p WHERE p.amount IS NOT NULL AND p."announcedOn" IS NOT NULL
      UNION ALL
      SELECT p.*, d.month, 0, d.amount
      FROM p CROSS JOIN LATERAL jsonb_to_recordset(p."deliveredByMonth") AS d(month date, amount numeric)
    )
    INSERT INTO "LedgerMonth" (currency, "bySeries", series, "byParty", "partyId", month, entries, pledged, delivered)
    SELECT "convertedCurrency", by_series, series_key, by_party, party_key, month,
      ${Prisma.raw(String(sign))} * count(*)::int, ${Prisma.raw(String(sign))} * coalesce(sum(pledged), 0), ${Prisma.raw(String(sign))} * coalesce(sum(delivered), 0)
    FROM entry
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (currency, "bySeries", series, "byParty", "partyId", month) DO UPDATE SET ${ADD(["entries", "pledged", "delivered"], "LedgerMonth")}`;
}
