import { strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveConversion, type PledgeScope } from "@/lib/ledger/convert";
import { summedTimelineSql, timelineSql } from "@/lib/ledger/timeline";
import { summedTotalsSql, totalsSql } from "@/lib/ledger/totals";
import { proposeEvent } from "@/lib/ledger/propose-event";
import { uploadRates } from "@/lib/ledger/rates";
import { reviewEvent } from "@/lib/ledger/review-event";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { staff } from "../support/meetings";
import { eventFields, publishedPledge } from "../support/pledge-factories";

// Each pledge stores its converted figures (decision 0029). After every kind of
// change they must equal what converting from the rates table gives now.

let prisma: Db;

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

type Compared = { id: string; stored: string[]; fresh: string[] };

/** Stored figures beside a fresh conversion of the same pledges, as text. */
async function compare(ids: string[]): Promise<Compared[]> {
  const rows = await prisma.$queryRaw<Compared[]>(Prisma.sql`
    SELECT p.id,
      ARRAY[p."convertedCurrency", trim_scale(p."rateFactor")::text, p."rateDate"::text, p."outstandingAmount"::text, p."pledgedConverted"::text,
            p."allocatedConverted"::text, p."deliveredConverted"::text, p."outstandingConverted"::text] AS stored,
      ARRAY['EUR', trim_scale(f.factor)::text, f.rate_date::text, f.outstanding::text, f.pledged_converted::text,
            f.allocated_converted::text, f.delivered_converted::text, f.outstanding_converted::text] AS fresh
    FROM "Pledge" p JOIN (${liveConversion({ ids, includeUnpublished: true }, "EUR")}) f ON f.id = p.id
    ORDER BY p.id`);
  expect(rows).toHaveLength(ids.length);
  return rows;
}

const scopes: PledgeScope[] = [{}];

/** The kept totals and timeline of each scope equal the sums over the pledges, row for row. */
async function expectSumsFresh() {
  // Decimal text compared by value: "0" and "0.00" are the same sum.
  const exact = (value: unknown) => (typeof value === "string" && /^-?\d+\.\d+$/.test(value) ? value.replace(/\.?0+$/, "") : value);
  // An empty scope's summed total is a row of zeros; the kept one is no row, which the page reads the same way.
  const sorted = (rows: Record<string, unknown>[]) => rows.filter((r) => r.pledges !== 0).map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, exact(v)])))).sort();
  for (const scope of scopes) {
    expect(sorted(await prisma.$queryRaw<Record<string, unknown>[]>(totalsSql(scope, "EUR")))).toEqual(sorted(await prisma.$queryRaw<Record<string, unknown>[]>(summedTotalsSql(scope, "EUR"))));
    expect(sorted(await prisma.$queryRaw<Record<string, unknown>[]>(timelineSql(scope, "EUR")))).toEqual(sorted(await prisma.$queryRaw<Record<string, unknown>[]>(summedTimelineSql(scope, "EUR"))));
  }
}

async function expectFresh(ids: string[]) {
  for (const row of await compare(ids)) expect(row.stored, row.id).toEqual(row.fresh);
  await expectSumsFresh();
}

const stored = (id: string) =>
  prisma.pledge.findUniqueOrThrow({ where: { id }, select: { pledgedConverted: true, deliveredConverted: true, outstandingConverted: true, rateDate: true } });

function ecbFile(rows: [string, string][]) {
  return strToU8(`Date,USD,\n${rows.map(([day, rate]) => `${day},${rate},`).join("\n")}\n`);
}

describe("stored ledger figures", () => {
  it("equal a fresh conversion after an announcement, an approved event, a rate upload, and archiving or retracting", async () => {
    const admin = await staff(prisma, "admin");
    await uploadRates(prisma, { actor: admin, fileName: "eurofxref-hist.csv", bytes: ecbFile([["2026-10-13", "2.0"]]) });

    // Announced: a meeting on Wednesday 14 October, converted at Tuesday's rate.
    const usd = await publishedPledge(prisma, { amount: "1000000", currency: "USD" });
    const eur = await publishedPledge(prisma, { amount: "300000", currency: "EUR" });
    const ids = [usd.pledge.id, eur.pledge.id];
    scopes.push({ partyId: usd.pledge.partyId! }, { series: usd.pledge.series!.toUpperCase() }, { series: usd.pledge.series!, partyId: usd.pledge.partyId! });
    expect((await prisma.$queryRaw<{ pledges: number }[]>(totalsSql({ series: usd.pledge.series! }, "EUR"))).find((r) => r.pledges)).toBeDefined();
    await expectFresh(ids);
    expect(await stored(usd.pledge.id)).toMatchObject({ rateDate: new Date("2026-10-13T00:00:00Z") });
    expect((await stored(usd.pledge.id)).pledgedConverted?.toString()).toBe("500000");

    // An approved event.
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { eventId } = await proposeEvent(editor, usd.pledge.number, eventFields({ amount: "400000", asOf: "2026-11-02" }));
    await expectFresh(ids);
    expect((await stored(usd.pledge.id)).deliveredConverted?.toString()).toBe("0");
    await reviewEvent(reviewer, eventId, "approve");
    await expectFresh(ids);
    expect((await stored(usd.pledge.id)).deliveredConverted?.toString()).toBe("200000");

    // A rate upload: the day the pledge's rate came from, and a nearer one.
    await uploadRates(prisma, { actor: admin, fileName: "eurofxref-hist.csv", bytes: ecbFile([["2026-10-14", "1.6"], ["2026-10-13", "2.5"]]) });
    await expectFresh(ids);
    expect(await stored(usd.pledge.id)).toMatchObject({ rateDate: new Date("2026-10-14T00:00:00Z") });
    expect((await stored(usd.pledge.id)).outstandingConverted?.toString()).toBe("375000");

    // Archived, then retracted: no longer published, figures still fresh.
    await transitionMeeting(reviewer, usd.meetingId, "archive", { version: 1, reason: "Superseded." });
    await expectFresh(ids);
    await transitionMeeting(reviewer, eur.meetingId, "retract", { version: 1, reason: "Wrong figures." });
    await expectFresh(ids);
    expect(await prisma.pledge.count({ where: { id: { in: ids }, publishedAt: { not: null } } })).toBe(0);
  });
});
