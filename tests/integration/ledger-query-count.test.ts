import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getLedgerView } from "@/lib/dal/ledger";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseLedgerQuery } from "@/lib/ledger/query";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { addEvent, createLedgerMeeting, createParty, createPledge, createRate } from "../support/ledger-factories";

let counted: PrismaClient<"query">;
let prisma: Db;
let queries = 0;

beforeAll(async () => {
  const { url } = await freshDatabase();
  counted = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  counted.$on("query", () => {
    queries += 1;
  });
  prisma = counted as unknown as Db;
  (globalThis as { readoutPrisma?: unknown }).readoutPrisma = counted;
  await createRate(prisma, "USD", "2026-06-01", "1.1");
  await createRate(prisma, "GBP", "2026-06-01", "0.85");
});

const CURRENCIES = ["EUR", "USD", "GBP", "RUB"];

/** A series with `size` pledges, each by its own party, across currencies, some with progress, some overdue. */
async function ledgerOf(size: number) {
  const series = `Count ${size} ${Math.random().toString(36).slice(2, 8)}`;
  const meetings = await Promise.all(["2026-06-01", "2026-07-01", "2026-08-01"].map((d) => createLedgerMeeting(prisma, { startsAt: `${d}T09:00:00Z`, series })));
  for (let i = 0; i < size; i += 1) {
    const party = await createParty(prisma, `Party ${i}`);
    const pledge = await createPledge(prisma, meetings.slice(0, 1 + (i % 3)), {
      party,
      kind: (["military", "financial", "humanitarian"] as const)[i % 3],
      amount: String(1000 + i),
      currency: CURRENCIES[i % CURRENCIES.length]!,
      dueDate: i % 2 ? "2026-09-01" : "2027-09-01",
    });
    if (i % 4 === 0) await addEvent(prisma, pledge.id, { kind: "partly_delivered", amount: "10", asOf: "2026-10-01" });
  }
  return series;
}

async function countQueries(work: () => Promise<unknown>) {
  queries = 0;
  await work();
  return queries;
}

describe("ledger page cost", () => {
  it("stays the same number of queries as pledges grow", async () => {
    const small = await ledgerOf(5);
    const large = await ledgerOf(50);
    await actAs(prisma, await createUser(prisma, "editor"));
    const view = (series: string) => () => getLedgerView(parseLedgerQuery({ series }).query, "2026-12-01");

    const smallCount = await countQueries(view(small));
    const largeCount = await countQueries(view(large));
    const { totals, overdue } = await view(large)();
    expect(totals.total.pledges).toBe(50);
    expect(totals.parties).toHaveLength(50);
    expect(overdue.total).toBe(25);
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(15); // a session lookup per data function, and one query each
  });
});
