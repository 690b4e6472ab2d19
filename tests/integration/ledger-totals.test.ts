import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getLedgerTimeline, getLedgerTotals, listOverduePledges, listPledges } from "@/lib/dal/ledger";
import type { Db } from "@/lib/db";
import { unratedNotes } from "@/lib/ledger/figures";
import { pledgeRowsSql } from "@/lib/ledger/pledge-rows";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { addEvent, createLedgerMeeting, createParty, createPledge, createRate } from "../support/ledger-factories";

let prisma: Db;

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await actAs(prisma, await createUser(prisma, "viewer"));
  // A Friday and the Monday after; nothing on the weekend between, as at the ECB.
  await createRate(prisma, "USD", "2026-10-09", "1.25");
  await createRate(prisma, "USD", "2026-10-12", "2.0");
  await createRate(prisma, "GBP", "2026-10-09", "0.8");
  await createRate(prisma, "GBP", "2026-10-12", "0.5");
});

afterEach(() => {
  delete process.env.READOUT_REPORTING_CURRENCY;
});

const series = () => `Series ${Math.random().toString(36).slice(2, 8)}`;

describe("ledger totals", () => {
  it("counts a pledge re-announced at three meetings once", async () => {
    const s = series();
    const germany = await createParty(prisma, "Germany");
    const meetings = await Promise.all(["2026-06-01", "2026-08-01", "2026-10-01"].map((d) => createLedgerMeeting(prisma, { startsAt: `${d}T09:00:00Z`, series: s })));
    await createPledge(prisma, meetings, { party: germany, amount: "1000000", currency: "EUR" });
    await createPledge(prisma, [meetings[1]!], { party: germany, amount: "500000", currency: "EUR", kind: "financial", instrument: "grant" });

    const totals = await getLedgerTotals({ series: s });
    expect(totals.currency).toBe("EUR");
    expect(totals.total.pledges).toBe(2);
    expect(Number(totals.total.pledged)).toBe(1_500_000);
    expect(totals.parties).toHaveLength(1);
    expect(totals.parties[0]!.party?.slug).toBe(germany.slug);
    expect(Number(totals.parties[0]!.pledged)).toBe(1_500_000);
    expect(totals.kinds.map((k) => [k.kind, Number(k.pledged)])).toEqual([["military", 1_000_000], ["financial", 500_000]]);
    expect(totals.instruments.map((k) => [k.instrument, Number(k.pledged)])).toEqual([[null, 1_000_000], ["grant", 500_000]]);
  });

  it("converts at the pledge's announcement day, or the last earlier day with a rate, and says which", async () => {
    const s = series();
    const poland = await createParty(prisma, "Poland");
    const saturday = await createLedgerMeeting(prisma, { startsAt: "2026-10-10T09:00:00Z", series: s });
    await createPledge(prisma, [saturday], { party: poland, amount: "1000000", currency: "USD" });

    const { items } = await listPledges({ series: s }, 1);
    expect(items[0]!.converted).toMatchObject({ currency: "EUR", rated: true, amount: "800000.00" });
    expect(items[0]!.converted.rateDate?.toISOString().slice(0, 10)).toBe("2026-10-09");
    expect(Number((await getLedgerTotals({ series: s })).total.pledged)).toBe(800_000);
  });

  it("reports in another currency through both currencies' euro rates", async () => {
    const s = series();
    const uk = await createParty(prisma, "United Kingdom");
    const monday = await createLedgerMeeting(prisma, { startsAt: "2026-10-12T09:00:00Z", series: s });
    await createPledge(prisma, [monday], { party: uk, amount: "1000", currency: "GBP" });
    await createPledge(prisma, [monday], { party: uk, amount: "1000", currency: "EUR" });
    process.env.READOUT_REPORTING_CURRENCY = "USD";

    const totals = await getLedgerTotals({ series: s });
    expect(totals.currency).toBe("USD");
    // 1000 GBP / 0.5 * 2.0 + 1000 EUR * 2.0
    expect(Number(totals.total.pledged)).toBe(6000);
    const { items } = await listPledges({ series: s }, 1);
    expect(items.map((p) => p.converted.amount)).toEqual(["4000.00", "2000.00"]);
    expect(items[0]!.converted.rateDate?.toISOString().slice(0, 10)).toBe("2026-10-12");
  });

  it("leaves pledges with no rate out of the converted total and counts them", async () => {
    const s = series();
    const party = await createParty(prisma, "Somewhere");
    const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-10-12T09:00:00Z", series: s });
    await createPledge(prisma, [meeting], { party, amount: "700", currency: "RUB" });
    await createPledge(prisma, [meeting], { party, amount: "300", currency: "RUB" });
    await createPledge(prisma, [meeting], { party, amount: "100", currency: "EUR" });
    await createPledge(prisma, [meeting], { party, amount: null, currency: null, quantity: 50, unit: "vehicles" });
    // A USD rate exists only after this meeting: no earlier rate, so none.
    const early = await createLedgerMeeting(prisma, { startsAt: "2026-01-05T09:00:00Z", series: s });
    await createPledge(prisma, [early], { party, amount: "100", currency: "USD" });

    const totals = await getLedgerTotals({ series: s });
    expect(totals.total).toMatchObject({ pledges: 5, unrated: 3, undisclosed: 1 });
    expect(Number(totals.total.pledged)).toBe(100);
    expect(totals.total.originals.find((o) => o.currency === "RUB")).toMatchObject({ pledges: 2, unrated: 2, pledged: "1000.00" });
    expect(unratedNotes(totals.total)).toEqual([
      "2 pledges in RUB have no rate and are not in the total.",
      "1 pledge in USD has no rate and is not in the total.",
    ]);
    const { items } = await listPledges({ series: s }, 1);
    const rouble = items.find((p) => p.currency === "RUB")!;
    expect(rouble.converted).toMatchObject({ rated: false, rateDate: null, amount: null });
    const undisclosed = items.find((p) => p.amount === null)!;
    expect(undisclosed).toMatchObject({ outstanding: null, quantity: 50 });
    expect(undisclosed.converted.outstanding).toBeNull();
  });

  it("adds approved progress to allocated, delivered and outstanding, never proposed progress", async () => {
    const s = series();
    const party = await createParty(prisma, "Norway");
    const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-10-09T09:00:00Z", series: s });
    const usd = await createPledge(prisma, [meeting], { party, amount: "1000", currency: "USD" });
    const eur = await createPledge(prisma, [meeting], { party, amount: "2000", currency: "EUR" });
    const cancelled = await createPledge(prisma, [meeting], { party, amount: "5000", currency: "EUR" });
    await addEvent(prisma, usd.id, { kind: "allocated", amount: "1000", asOf: "2026-10-20" });
    await addEvent(prisma, usd.id, { kind: "partly_delivered", amount: "250", asOf: "2026-11-02" });
    await addEvent(prisma, eur.id, { kind: "delivered", asOf: "2026-12-15" });
    await addEvent(prisma, eur.id, { kind: "partly_delivered", amount: "999", asOf: "2026-11-05", state: "proposed" });
    await addEvent(prisma, cancelled.id, { kind: "cancelled", asOf: "2026-11-10" });

    const { total } = await getLedgerTotals({ series: s });
    expect(Number(total.pledged)).toBe(800 + 2000 + 5000);
    expect(Number(total.allocated)).toBe(800);
    expect(Number(total.delivered)).toBe(200 + 2000);
    expect(Number(total.outstanding)).toBe(600);

    const months = await getLedgerTimeline({ series: s });
    expect(months.map((m) => [m.month.toISOString().slice(0, 7), m.pledged, m.delivered])).toEqual([
      ["2026-10", 7800, 0],
      ["2026-11", 7800, 200],
      ["2026-12", 7800, 2200],
    ]);
  });

  it("lists overdue pledges, oldest due first, with days overdue", async () => {
    const s = series();
    const party = await createParty(prisma, "Denmark");
    const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-06-01T09:00:00Z", series: s });
    const draft = await createLedgerMeeting(prisma, { startsAt: "2026-06-01T09:00:00Z", series: s, published: false });
    const late = await createPledge(prisma, [meeting], { party, dueDate: "2026-09-01", description: "late" });
    const later = await createPledge(prisma, [meeting], { party, dueDate: "2026-11-01", description: "partly" });
    await addEvent(prisma, later.id, { kind: "partly_delivered", amount: "10", asOf: "2026-10-01" });
    const delivered = await createPledge(prisma, [meeting], { party, dueDate: "2026-08-01" });
    await addEvent(prisma, delivered.id, { kind: "delivered", asOf: "2026-07-01" });
    const cancelled = await createPledge(prisma, [meeting], { party, dueDate: "2026-08-01" });
    await addEvent(prisma, cancelled.id, { kind: "cancelled", asOf: "2026-07-01" });
    const pendingDelivery = await createPledge(prisma, [meeting], { party, dueDate: "2026-08-15", description: "pending delivery" });
    await addEvent(prisma, pendingDelivery.id, { kind: "delivered", asOf: "2026-08-10", state: "proposed" });
    await createPledge(prisma, [meeting], { party, dueDate: "2026-12-01" });
    await createPledge(prisma, [meeting], { party });
    await createPledge(prisma, [draft], { party, dueDate: "2026-01-01" });

    const { items, total } = await listOverduePledges({ series: s }, 1, "2026-12-01");
    expect(total).toBe(3);
    expect(items.map((p) => [p.number, p.daysOverdue])).toEqual([
      [pendingDelivery.number, 108],
      [late.number, 91],
      [later.number, 30],
    ]);
  });

  it("lists and counts only the longest overdue, saying there are more, so a view never counts every overdue pledge", async () => {
    const s = series();
    const party = await createParty(prisma, "Estonia");
    const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-06-01T09:00:00Z", series: s });
    const pledges = [];
    for (let day = 1; day <= 7; day += 1) pledges.push(await createPledge(prisma, [meeting], { party, dueDate: `2026-09-0${day}` }));

    const first = await listOverduePledges({ series: s }, 1, "2026-12-01", 5);
    expect(first.total).toBe(5);
    expect(first.more).toBe(true);
    expect(first.items.map((p) => p.number)).toEqual(pledges.slice(0, 5).map((p) => p.number));
    expect(await listOverduePledges({ series: s }, 2, "2026-12-01", 5)).toEqual({ items: [], total: 0, more: false });

    const exact = await listOverduePledges({ series: s }, 1, "2026-12-01", 7);
    expect([exact.total, exact.more, exact.items.length]).toEqual([7, false, 7]);

    // Postgres stops counting at the cap: the count itself never reads past it.
    const [row] = await prisma.$queryRaw<{ total: number }[]>(pledgeRowsSql({ series: s }, "EUR", { order: "overdue", limit: 1, countUpTo: 3 }));
    expect(row!.total).toBe(3);
  });
});
