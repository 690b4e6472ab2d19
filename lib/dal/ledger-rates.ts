import "server-only";
import { authorize } from "@/lib/dal/authorize";
import { db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination";

const SHOWN_CURRENCIES = ["USD", "GBP", "JPY", "CHF", "CAD", "NOK", "SEK", "DKK", "PLN"];

/** Rate files uploaded so far, newest first. */
export async function listRateUploads(page: number) {
  await authorize("manage:ledger:any");
  const [total, items] = await Promise.all([
    db().rateUpload.count(),
    db().rateUpload.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        fileName: true,
        rows: true,
        firstDate: true,
        lastDate: true,
        createdAt: true,
        uploadedBy: { select: { name: true } },
        _count: { select: { rates: true } },
      },
    }),
  ]);
  return { total, items };
}

/** The newest rate of a few common currencies and of every currency a pledge uses. */
export async function latestRates(): Promise<{ currency: string; date: Date; rate: string }[]> {
  await authorize("manage:ledger:any");
  const used = await db().$queryRaw<{ currency: string }[]>`
    SELECT DISTINCT currency FROM "Pledge" WHERE currency IS NOT NULL AND currency <> 'EUR' LIMIT 30`;
  const currencies = [...new Set([...SHOWN_CURRENCIES, ...used.map((u) => u.currency.trim())])];
  const rows = await db().$queryRaw<{ currency: string; date: Date; rate: { toString(): string } }[]>`
    SELECT c.currency, r.date, r.rate FROM unnest(${currencies}::text[]) AS c(currency)
    CROSS JOIN LATERAL (
      SELECT date, rate FROM "ExchangeRate" WHERE currency = c.currency ORDER BY date DESC LIMIT 1
    ) r`;
  const found = new Map(rows.map((r) => [r.currency.trim(), r]));
  return currencies.flatMap((currency) => {
    const row = found.get(currency);
    return row ? [{ currency, date: row.date, rate: row.rate.toString() }] : [];
  });
}
