-- The ledger's totals and timeline kept per scope (every pledge, a series, a
-- party, a series and party), so the ledger and party pages read a few rows
-- (docs/decisions/0029-stored-ledger-figures.md). lib/ledger/ledger-sums.ts
-- keeps them in the transaction that changes a pledge's figures.

CREATE TABLE "LedgerTotal" (
    "currency" CHAR(3) NOT NULL,
    "bySeries" BOOLEAN NOT NULL,
    "series" TEXT NOT NULL,
    "byParty" BOOLEAN NOT NULL,
    "partyId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "byCurrency" BOOLEAN NOT NULL,
    "pledgeCurrency" TEXT NOT NULL,
    "pledges" INTEGER NOT NULL,
    "unrated" INTEGER NOT NULL,
    "undisclosed" INTEGER NOT NULL,
    "pledged" DECIMAL(22,2) NOT NULL,
    "allocated" DECIMAL(22,2) NOT NULL,
    "delivered" DECIMAL(22,2) NOT NULL,
    "outstanding" DECIMAL(22,2) NOT NULL,
    "originalPledged" DECIMAL(22,2) NOT NULL,
    "originalAllocated" DECIMAL(22,2) NOT NULL,
    "originalDelivered" DECIMAL(22,2) NOT NULL,
    "originalOutstanding" DECIMAL(22,2) NOT NULL,
    CONSTRAINT "LedgerTotal_pkey" PRIMARY KEY ("bySeries","series","byParty","partyId","group","key","byCurrency","pledgeCurrency","currency")
);

CREATE TABLE "LedgerMonth" (
    "currency" CHAR(3) NOT NULL,
    "bySeries" BOOLEAN NOT NULL,
    "series" TEXT NOT NULL,
    "byParty" BOOLEAN NOT NULL,
    "partyId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "entries" INTEGER NOT NULL,
    "pledged" DECIMAL(22,2) NOT NULL,
    "delivered" DECIMAL(22,2) NOT NULL,
    CONSTRAINT "LedgerMonth_pkey" PRIMARY KEY ("bySeries","series","byParty","partyId","month","currency")
);

-- The overdue list: published pledges not yet delivered or cancelled, by due day
-- (with the stored currency, so counting them reads the index alone).
CREATE INDEX "Pledge_overdue_idx" ON "Pledge"("dueDate", number) INCLUDE ("convertedCurrency") WHERE "publishedAt" IS NOT NULL AND status IN ('open', 'partly_delivered');

-- Filled from the published pledges' stored figures: lib/ledger/ledger-sums.ts
-- (totalsContributionSql and monthsContributionSql over every pledge) as of this migration.
DELETE FROM "LedgerTotal";
DELETE FROM "LedgerMonth";
    INSERT INTO "LedgerTotal" (currency, "bySeries", series, "byParty", "partyId", "group", key, "byCurrency", "pledgeCurrency",
      pledges, unrated, undisclosed, pledged, allocated, delivered, outstanding,
      "originalPledged", "originalAllocated", "originalDelivered", "originalOutstanding")
    SELECT "convertedCurrency", by_series, series_key, by_party, party_key,
      CASE WHEN grouping("partyId") = 0 THEN 'party' WHEN grouping(kind) = 0 THEN 'kind' WHEN grouping(instrument) = 0 THEN 'instrument' ELSE 'total' END,
      coalesce(CASE WHEN grouping("partyId") = 0 THEN "partyId" WHEN grouping(kind) = 0 THEN kind::text WHEN grouping(instrument) = 0 THEN instrument::text END, ''),
      grouping(currency) = 0, coalesce(trim(currency), ''),
      1 * count(*)::int,
      1 * (count(*) FILTER (WHERE amount IS NOT NULL AND "rateFactor" IS NULL))::int,
      1 * (count(*) FILTER (WHERE amount IS NULL))::int,
      1 * coalesce(sum("pledgedConverted"), 0), 1 * coalesce(sum("allocatedConverted"), 0),
      1 * coalesce(sum("deliveredConverted"), 0), 1 * coalesce(sum("outstandingConverted"), 0),
      1 * coalesce(sum(amount), 0), 1 * coalesce(sum("allocatedAmount"), 0),
      1 * coalesce(sum("deliveredAmount"), 0), 1 * coalesce(sum("outstandingAmount"), 0)
    FROM (
  SELECT p.*, sc.by_series, sc.series_key, sc.by_party, sc.party_key
  FROM "Pledge" p
  CROSS JOIN LATERAL (VALUES
    (false, '', false, ''),
    (true, lower(coalesce(p.series, '')), false, ''),
    (false, '', true, coalesce(p."partyId", '')),
    (true, lower(coalesce(p.series, '')), true, coalesce(p."partyId", ''))
  ) sc(by_series, series_key, by_party, party_key)
  WHERE (TRUE) AND p."publishedAt" IS NOT NULL AND p."convertedCurrency" IS NOT NULL) p
    GROUP BY "convertedCurrency", by_series, series_key, by_party, party_key,
      GROUPING SETS ((), ("partyId"), (kind), (instrument), (currency), ("partyId", currency), (kind, currency), (instrument, currency))
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (currency, "bySeries", series, "byParty", "partyId", "group", key, "byCurrency", "pledgeCurrency") DO UPDATE SET
      "pledges" = "LedgerTotal"."pledges" + EXCLUDED."pledges", "unrated" = "LedgerTotal"."unrated" + EXCLUDED."unrated", "undisclosed" = "LedgerTotal"."undisclosed" + EXCLUDED."undisclosed", "pledged" = "LedgerTotal"."pledged" + EXCLUDED."pledged", "allocated" = "LedgerTotal"."allocated" + EXCLUDED."allocated", "delivered" = "LedgerTotal"."delivered" + EXCLUDED."delivered", "outstanding" = "LedgerTotal"."outstanding" + EXCLUDED."outstanding", "originalPledged" = "LedgerTotal"."originalPledged" + EXCLUDED."originalPledged", "originalAllocated" = "LedgerTotal"."originalAllocated" + EXCLUDED."originalAllocated", "originalDelivered" = "LedgerTotal"."originalDelivered" + EXCLUDED."originalDelivered", "originalOutstanding" = "LedgerTotal"."originalOutstanding" + EXCLUDED."originalOutstanding";

    WITH p AS (
  SELECT p.*, sc.by_series, sc.series_key, sc.by_party, sc.party_key
  FROM "Pledge" p
  CROSS JOIN LATERAL (VALUES
    (false, '', false, ''),
    (true, lower(coalesce(p.series, '')), false, ''),
    (false, '', true, coalesce(p."partyId", '')),
    (true, lower(coalesce(p.series, '')), true, coalesce(p."partyId", ''))
  ) sc(by_series, series_key, by_party, party_key)
  WHERE (TRUE) AND p."publishedAt" IS NOT NULL AND p."convertedCurrency" IS NOT NULL AND p."rateFactor" IS NOT NULL),
    entry AS (
      SELECT p.*, date_trunc('month', p."announcedOn")::date AS month, p."pledgedConverted" AS pledged, 0::numeric AS delivered
      FROM p WHERE p.amount IS NOT NULL AND p."announcedOn" IS NOT NULL
      UNION ALL
      SELECT p.*, d.month, 0, d.amount
      FROM p CROSS JOIN LATERAL jsonb_to_recordset(p."deliveredByMonth") AS d(month date, amount numeric)
    )
    INSERT INTO "LedgerMonth" (currency, "bySeries", series, "byParty", "partyId", month, entries, pledged, delivered)
    SELECT "convertedCurrency", by_series, series_key, by_party, party_key, month,
      1 * count(*)::int, 1 * coalesce(sum(pledged), 0), 1 * coalesce(sum(delivered), 0)
    FROM entry
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (currency, "bySeries", series, "byParty", "partyId", month) DO UPDATE SET "entries" = "LedgerMonth"."entries" + EXCLUDED."entries", "pledged" = "LedgerMonth"."pledged" + EXCLUDED."pledged", "delivered" = "LedgerMonth"."delivered" + EXCLUDED."delivered";

