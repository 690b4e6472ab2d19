import { strToU8 } from "fflate";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveConversion } from "@/lib/ledger/convert";
import { uploadRates } from "@/lib/ledger/rates";
import { reconvertStalePledges } from "@/lib/ledger/reconvert-stale";
import { summedTimelineSql, timelineSql } from "@/lib/ledger/timeline";
import { summedTotalsSql, totalsSql } from "@/lib/ledger/totals";
import { freshDatabase } from "../support/database";
import { staff } from "../support/meetings";
import { publishedPledge } from "../support/pledge-factories";

// `npm run ledger:reconvert` (decision 0029): after the reporting currency
// changes, every pledge's stored figures and the kept sums move to the new one.

let prisma: Db;

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

afterEach(() => {
  delete process.env.READOUT_REPORTING_CURRENCY;
});

const rows = (sql: Prisma.Sql) => prisma.$queryRaw<Record<string, unknown>[]>(sql);
// Decimal text compared by value, rows in any order; a scope's empty summed row is no kept row.
const same = (list: Record<string, unknown>[]) =>
  list
    .filter((r) => r.pledges !== 0)
    .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" && /^-?\d+\.\d+$/.test(v) ? v.replace(/\.?0+$/, "") : v]))))
    .sort();

describe("ledger:reconvert", () => {
  it("stores every pledge's figures and the kept sums in the new reporting currency, in batches, and does nothing the second time", async () => {
    const admin = await staff(prisma, "admin");
    await uploadRates(prisma, { actor: admin, fileName: "eurofxref-hist.csv", bytes: strToU8("Date,USD,\n2026-10-13,2.0,\n") });
    const pledges = [await publishedPledge(prisma, { amount: "1000000", currency: "USD" }), await publishedPledge(prisma, { amount: "300000", currency: "EUR" })];
    const ids = pledges.map((p) => p.pledge.id);
    expect(await prisma.pledge.count({ where: { id: { in: ids }, convertedCurrency: "EUR" } })).toBe(2);

    process.env.READOUT_REPORTING_CURRENCY = "USD";
    expect(await reconvertStalePledges(prisma)).toBeGreaterThanOrEqual(2);
    expect(await prisma.pledge.count({ where: { convertedCurrency: { not: "USD" } } })).toBe(0);

    const fresh = await prisma.$queryRaw<{ id: string; stored: string | null; live: string | null }[]>(Prisma.sql`
      SELECT p.id, p."pledgedConverted"::text AS stored, f.pledged_converted::text AS live
      FROM "Pledge" p JOIN (${liveConversion({ ids, includeUnpublished: true }, "USD")}) f ON f.id = p.id`);
    expect(fresh.map((r) => r.stored)).toEqual(fresh.map((r) => r.live));
    expect(fresh.find((r) => r.id === pledges[1]!.pledge.id)?.stored).toBe("600000.00");

    // The kept sums are in USD and complete: the page reads them, and they equal the sums over the pledges.
    const kept = await prisma.ledgerTotal.groupBy({ by: ["currency"], where: { pledges: { gt: 0 } } });
    expect(kept.map((k) => k.currency)).toEqual(["USD"]);
    expect(same(await rows(totalsSql({}, "USD")))).toEqual(same(await rows(summedTotalsSql({}, "USD"))));
    expect(same(await rows(timelineSql({}, "USD")))).toEqual(same(await rows(summedTimelineSql({}, "USD"))));

    expect(await reconvertStalePledges(prisma)).toBe(0);
  });
});
