import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as eventsCsv } from "@/app/(app)/ledger/events.csv/route";
import { GET as pledgesCsv } from "@/app/(app)/ledger/pledges.csv/route";
import { GET as pledgeApi } from "@/app/api/v1/pledges/[number]/route";
import { GET as pledgesApi } from "@/app/api/v1/pledges/route";
import { getLedgerTotals, listOverduePledges, listPledges } from "@/lib/dal/ledger";
import { getPledge } from "@/lib/dal/ledger-pledge";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser } from "../support/factories";
import { addEvent, announce, createLedgerMeeting, createParty, createPledge, createPledges } from "../support/ledger-factories";

let prisma: Db;
let viewer: { id: string };
let editor: { id: string };
const series = `Visibility ${Math.random().toString(36).slice(2, 8)}`;
let visible: { id: string; number: number };
let hidden: { id: string; number: number };
let approved: { id: string };
let proposed: { id: string };

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  viewer = await createUser(prisma, "viewer");
  editor = await createUser(prisma, "editor");
  const party = await createParty(prisma, "Sweden");
  const published = await createLedgerMeeting(prisma, { startsAt: "2026-06-01T09:00:00Z", series });
  const draft = await createLedgerMeeting(prisma, { startsAt: "2026-07-01T09:00:00Z", series, published: false });
  visible = await createPledge(prisma, [published], { party, amount: "1000", description: "=Visible pledge", dueDate: "2026-08-01" });
  hidden = await createPledge(prisma, [draft], { party, amount: "9999", description: "Only in a draft", dueDate: "2026-08-01" });
  // Terms on an unpublished pledge, as a proposed import leaves them: only publishedAt keeps it out.
  await prisma.pledge.update({
    where: { id: hidden.id },
    data: { series, partyId: party.id, kind: "military", amount: "9999", currency: "EUR", dueDate: new Date("2026-08-01"), announcedOn: new Date("2026-07-01") },
  });
  await addEvent(prisma, hidden.id, { kind: "allocated", amount: "5", asOf: "2026-09-01" });
  // The draft also re-announces the visible pledge: still pending, so not listed for viewers.
  await announce(prisma, draft, visible.id, { party, amount: "5000" }, "increased");
  approved = await addEvent(prisma, visible.id, { kind: "partly_delivered", amount: "100", asOf: "2026-09-01" });
  proposed = await addEvent(prisma, visible.id, { kind: "partly_delivered", amount: "800", asOf: "2026-09-15", state: "proposed" });
});

const csvOf = async (response: Response) => parse(await response.text(), { columns: true }) as Record<string, string>[];
const request = (path: string) => new Request(`https://readout.test${path}`);

describe("what a viewer sees of the ledger", () => {
  it("never an unpublished pledge or a proposed event", async () => {
    await actAs(prisma, viewer);
    const totals = await getLedgerTotals({ series });
    expect(totals.total.pledges).toBe(1);
    expect(Number(totals.total.pledged)).toBe(1000);
    expect(Number(totals.total.delivered)).toBe(100);
    expect((await listPledges({ series }, 1)).items.map((p) => p.number)).toEqual([visible.number]);
    expect((await listPledges({}, 1)).items.map((p) => p.number)).not.toContain(hidden.number);
    expect((await listOverduePledges({ series }, 1, "2026-12-01")).items.map((p) => p.number)).toEqual([visible.number]);

    expect(await getPledge(hidden.number)).toBeNull();
    const detail = await getPledge(visible.number);
    expect(detail?.events.map((e) => e.id)).toEqual([approved.id]);
    expect(detail?.announcements.map((a) => [a.announcement, a.pending])).toEqual([["new", false]]);
    expect(detail?.canPropose).toBe(false);
  });

  it("staff see pending pledges and events marked, but totals still leave them out", async () => {
    await actAs(prisma, editor);
    const detail = await getPledge(visible.number);
    expect(detail?.events.map((e) => [e.id, e.pending])).toEqual([[approved.id, false], [proposed.id, true]]);
    expect(detail?.announcements.map((a) => [a.announcement, a.pending])).toEqual([["new", false], ["increased", true]]);
    expect(detail?.canPropose).toBe(true);
    const draftOnly = await getPledge(hidden.number);
    expect(draftOnly?.pending).toBe(true);
    expect(draftOnly?.canPropose).toBe(false);

    const totals = await getLedgerTotals({ series });
    expect(totals.total.pledges).toBe(1);
    expect(Number(totals.total.delivered)).toBe(100);
  });
});

describe("ledger exports and API", () => {
  it("the pledges CSV holds every visible pledge with its stable id and none invisible", async () => {
    await actAs(prisma, editor);
    const response = await pledgesCsv(request(`/ledger/pledges.csv?series=${encodeURIComponent(series)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("pledges.csv");
    const rows = await csvOf(response);
    expect(rows.map((r) => r.Pledge)).toEqual([`P-${visible.number}`]);
    expect(rows[0]).toMatchObject({ Description: "'=Visible pledge", Amount: "1000.00", Currency: "EUR", "Converted amount": "1000.00", "Reporting currency": "EUR", Delivered: "100.00", Outstanding: "900.00", Status: "partly_delivered", Series: series });
  });

  it("the events CSV holds approved events only, each with its own id", async () => {
    await actAs(prisma, editor);
    const rows = await csvOf(await eventsCsv(request(`/ledger/events.csv?series=${encodeURIComponent(series)}`)));
    expect(rows.map((r) => [r.Event, r.Pledge, r.Amount])).toEqual([[approved.id, `P-${visible.number}`, "100.00"]]);
  });

  it("streams long exports in batches without losing or repeating a row", async () => {
    await actAs(prisma, viewer);
    const party = await createParty(prisma, "Finland");
    const s = `Long ${Math.random().toString(36).slice(2, 8)}`;
    const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-06-01T09:00:00Z", series: s });
    const pledges = await createPledges(prisma, meeting, 1010, { party, amount: "1" });
    const rows = await csvOf(await pledgesCsv(request(`/ledger/pledges.csv?series=${encodeURIComponent(s)}`)));
    expect(rows.map((r) => r.Pledge)).toEqual(pledges.map((p) => `P-${p.number}`));
  });

  it("the JSON API serves published pledges only, to signed-in readers", async () => {
    actAsNobody();
    expect((await pledgesApi(request("/api/v1/pledges"))).status).toBe(401);
    expect((await pledgeApi(request("/"), { params: Promise.resolve({ number: String(visible.number) }) })).status).toBe(401);
    expect((await pledgesCsv(request("/ledger/pledges.csv"))).status).toBe(401);
    expect((await eventsCsv(request("/ledger/events.csv"))).status).toBe(401);
    await actAs(prisma, editor);
    const list = await (await pledgesApi(request(`/api/v1/pledges?series=${encodeURIComponent(series)}&from=2026-13-01`))).json();
    expect(list.data.map((p: { id: string }) => p.id)).toEqual([`P-${visible.number}`]);
    expect(list.notices[0]).toContain("is not a date");
    expect((await pledgeApi(request("/"), { params: Promise.resolve({ number: String(hidden.number) }) })).status).toBe(404);
    expect((await pledgeApi(request("/"), { params: Promise.resolve({ number: "abc" }) })).status).toBe(404);
    const one = await (await pledgeApi(request("/"), { params: Promise.resolve({ number: `P-${visible.number}` }) })).json();
    expect(one.data.events.map((e: { id: string }) => e.id)).toEqual([approved.id]);
    expect(one.data.announcements.map((a: { announcement: string }) => a.announcement)).toEqual(["new"]);
    expect(one.data.converted).toMatchObject({ currency: "EUR", amount: "1000.00", rated: true });
  });
});
