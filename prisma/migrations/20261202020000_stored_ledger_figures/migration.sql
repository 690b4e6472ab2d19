-- Each pledge stores its figures converted into the reporting currency
-- (docs/decisions/0029-stored-ledger-figures.md), so the ledger sums columns
-- instead of looking up two rates per pledge on every view.
ALTER TABLE "Pledge" ADD COLUMN     "allocatedConverted" DECIMAL(18,2),
ADD COLUMN     "convertedCurrency" CHAR(3),
ADD COLUMN     "deliveredConverted" DECIMAL(18,2),
ADD COLUMN     "outstandingAmount" DECIMAL(18,2),
ADD COLUMN     "outstandingConverted" DECIMAL(18,2),
ADD COLUMN     "pledgedConverted" DECIMAL(18,2),
ADD COLUMN     "rateDate" DATE,
ADD COLUMN     "rateFactor" DECIMAL(65,30),
ADD COLUMN     "deliveredByMonth" JSONB;

-- Existing pledges, in euros (the default reporting currency): the conversion of
-- lib/ledger/convert.ts (liveConversion) as of this migration. An instance
-- reporting in another currency converts these rows when reading them until
-- refreshPledges or a rate upload stores its own.
UPDATE "Pledge" p SET "convertedCurrency" = 'EUR', "rateFactor" = fx.factor,
  "rateDate" = CASE WHEN fx.factor IS NOT NULL THEN fx.rate_date END,
  "outstandingAmount" = fx.outstanding,
  "pledgedConverted" = round(p.amount * fx.factor, 2),
  "allocatedConverted" = round(p."allocatedAmount" * fx.factor, 2),
  "deliveredConverted" = round(p."deliveredAmount" * fx.factor, 2),
  "outstandingConverted" = round(fx.outstanding * fx.factor, 2)
FROM "Pledge" q
CROSS JOIN LATERAL (
  SELECT
    CASE
      WHEN q.currency IS NULL THEN NULL
      WHEN q.currency::text = 'EUR' THEN 1::numeric
      WHEN src.rate IS NOT NULL THEN 1 / src.rate
    END AS factor,
    CASE WHEN q.currency::text <> 'EUR' THEN src.date END AS rate_date,
    CASE WHEN q.amount IS NULL THEN NULL WHEN q.status = 'cancelled' THEN 0 ELSE greatest(q.amount - q."deliveredAmount", 0) END AS outstanding
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (
    SELECT r.date, r.rate FROM "ExchangeRate" r
    WHERE r.currency = q.currency AND r.date <= coalesce(q."announcedOn", q."publishedAt"::date)
      AND r.date > coalesce(q."announcedOn", q."publishedAt"::date) - 7
    ORDER BY r.date DESC LIMIT 1
  ) src ON q.currency::text <> 'EUR'
) fx
WHERE q.id = p.id;

-- Each pledge's converted deliveries by month (lib/ledger/store-figures.ts, DELIVERED_BY_MONTH, as of this migration).
UPDATE "Pledge" p SET "deliveredByMonth" = coalesce((
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
  ) m), '[]'::jsonb);
