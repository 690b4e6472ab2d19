import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { addAliasAction } from "@/app/(app)/admin/parties/actions";
import { uploadRatesAction } from "@/app/(app)/admin/rates/actions";
import { GET as eventsCsv } from "@/app/(app)/ledger/events.csv/route";
import { GET as pledgesCsv } from "@/app/(app)/ledger/pledges.csv/route";
import { proposeEventAction, withdrawEventAction } from "@/app/(app)/ledger/pledges/[number]/events/new/actions";
import { openPledgesAction } from "@/app/(app)/meetings/actions";
import { reviewProposalAction } from "@/app/(app)/review/events/actions";
import { GET as apiPledge } from "@/app/api/v1/pledges/[number]/route";
import { GET as apiPledges } from "@/app/api/v1/pledges/route";
import type { Db, Tx } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { createUser } from "../../support/factories";
import { addEvent, createLedgerMeeting, createParty, createPledge } from "../../support/ledger-factories";
import { grid } from "../../support/matrix/grid";
import { actionRefusal, defineCase, routeRefusal, type Call, type Matrix, type Outcome } from "../../support/matrix/runner";
import { eventFields } from "../../support/pledge-factories";
import { requestTo } from "../../support/request-context";

// Written out by hand, not derived from the role map. Legend in support/matrix/grid.ts.
// A column names the state of the meeting a pledge was announced in:
// "published" is a published pledge, "draft" one that readers cannot see yet.

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const SIGNED_IN = grid`
  who         any
  signed_out  auth
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;
const ADMIN_ONLY = grid`
  who         any
  signed_out  auth
  viewer      deny
  editor      deny
  reviewer    deny
  admin       ok`;

/** A pledge of 1,000,000 EUR announced at one meeting of a series of its own, published unless `published: false`. */
async function pledgeIn(prisma: Db, { published = true, series }: { published?: boolean; series?: string } = {}) {
  const party = await createParty(prisma, "Matrixland");
  const meeting = await createLedgerMeeting(prisma, { startsAt: "2026-10-14T09:00:00Z", published, ...(series ? { series } : {}) });
  const pledge = await createPledge(prisma, [meeting], { party, amount: "1000000", currency: "EUR" });
  return { party, meeting, pledge };
}

const pledgeForRow = ({ prisma, row }: Omit<Call, "before">) => pledgeIn(prisma, { published: row.state !== "draft" });

/** Who proposed (or imported): the caller for the "own" variant, another editor otherwise. */
const proposerFor = async (prisma: Db, actor: User | null, variant?: string) => (variant === "own" && actor ? actor : await createUser(prisma, "editor"));

/** A proposed delivery of 400,000 on a pledge in the row's state. */
async function proposedEvent(call: Omit<Call, "before">) {
  const { pledge } = await pledgeForRow(call);
  const proposer = await proposerFor(call.prisma, call.actor, call.row.variant);
  const event = await call.prisma.pledgeEvent.create({
    data: { pledgeId: pledge.id, kind: "partly_delivered", amount: "400000", asOf: new Date("2026-11-02T00:00:00Z"), source: "Ministry statement", proposedById: proposer.id },
  });
  return { pledge, event };
}

/** An import awaiting review that reports a delivery of 250,000 on a published pledge. */
async function proposedImport(call: Omit<Call, "before">) {
  const { pledge } = await pledgeIn(call.prisma);
  const importer = await proposerFor(call.prisma, call.actor, call.row.variant);
  const pledgeImport = await call.prisma.pledgeImport.create({ data: { fileName: "progress.csv", rowCount: 1, createdById: importer.id } });
  const event = await call.prisma.pledgeEvent.create({
    data: { pledgeId: pledge.id, importId: pledgeImport.id, kind: "partly_delivered", amount: "250000", asOf: new Date("2026-11-03T00:00:00Z"), source: "Import", proposedById: importer.id },
  });
  return { pledge, pledgeImport, event };
}

/**
 * A pledge of the series no longer public: its only meeting was archived. It
 * keeps its terms and series, so only the published filter keeps it out.
 */
async function withdrawnPledge(prisma: Db, series: string) {
  const { pledge, meeting } = await pledgeIn(prisma, { series });
  await prisma.meeting.update({ where: { id: meeting.meetingId }, data: { publication: "archived" } });
  await prisma.$transaction((tx) => refreshPledges(tx as Tx, [pledge.id]));
  const after = await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
  expect([after.publishedAt, after.series]).toEqual([null, series]);
  return after;
}

/**
 * A series with a published pledge (one approved and one proposed event), a
 * pledge only in a draft and one whose meeting was archived.
 */
async function ledgerStory({ prisma }: { prisma: Db }) {
  const series = `Matrix ledger ${randomUUID().slice(0, 8)}`;
  const { pledge: published } = await pledgeIn(prisma, { series });
  const { pledge: unpublished } = await pledgeIn(prisma, { series, published: false });
  const withdrawn = await withdrawnPledge(prisma, series);
  await addEvent(prisma, withdrawn.id, { kind: "partly_delivered", amount: "100000", asOf: "2026-10-21" });
  const approved = await addEvent(prisma, published.id, { kind: "partly_delivered", amount: "300000", asOf: "2026-10-20" });
  const proposed = await addEvent(prisma, published.id, { kind: "partly_delivered", amount: "200000", asOf: "2026-10-25", state: "proposed" });
  return { series, published, unpublished, withdrawn, approved, proposed };
}

const json = (outcome: Outcome) => (outcome.returned as Response).clone().json();
const csvRows = async (outcome: Outcome) => (await (outcome.returned as Response).clone().text()).trim().split("\n").slice(1);
const firstCells = (rows: string[]) => rows.map((line) => line.split(",")[0]);

async function expectExportAudited(prisma: Db, actorId: string, format: string) {
  const audit = await prisma.auditEvent.findMany({ where: { actorId, action: "ledger.export" }, select: { after: true } });
  expect(audit).toEqual([{ after: expect.objectContaining({ format }) }]);
}

function reviewCase(decision: "approve" | "reject") {
  return defineCase({
    name: `${decision} an event`,
    rows:
      decision === "approve"
        ? grid`
          who           published  draft
          signed_out    auth       auth
          viewer        deny       deny
          editor        deny       deny
          editor:own    deny       -
          reviewer      ok         state
          reviewer:own  deny       -
          admin         ok         state
          admin:own     deny       -`
        : grid`
          who           published
          signed_out    auth
          viewer        deny
          editor        deny
          editor:own    deny
          reviewer      ok
          reviewer:own  deny
          admin         ok
          admin:own     deny`,
    fixture: proposedEvent,
    shared: true,
    call: ({ event }) => reviewProposalAction(null, form({ proposal: "event", decision, id: event.id, comment: "Checked against the ministry's figures." })),
    refusal: actionRefusal,
    effect: async ({ pledge, event }, outcome, { prisma, actor }) => {
      expect(outcome.redirect).toBe(`/review/events?done=event-${decision}`);
      const after = await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: event.id } });
      expect(after).toMatchObject({ state: decision === "approve" ? "approved" : "rejected", reviewedById: actor!.id });
      const figures = await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
      if (decision === "approve") expect([figures.deliveredAmount.toString(), figures.status]).toEqual(["400000", "partly_delivered"]);
      else expect([figures.deliveredAmount.toString(), figures.status]).toEqual(["0", "open"]);
    },
  });
}

let rateDay = 0;

export const ledgerActions: Matrix = {
  "app/(app)/admin/parties/actions.ts#addAliasAction": [
    defineCase({
      name: "add a party alias",
      rows: ADMIN_ONLY,
      // A party known by its name, and a pledge whose commitment names it in a way no alias matches yet.
      fixture: async ({ prisma }) => {
        const { party, pledge } = await pledgeIn(prisma);
        await prisma.partyAlias.create({ data: { partyId: party.id, alias: party.name, normalized: normalizePartyName(party.name) } });
        const alias = `Matrixia ${randomUUID().slice(0, 8)}`;
        await prisma.commitment.updateMany({ where: { pledgeId: pledge.id }, data: { partyId: null, party: alias } });
        await prisma.$transaction((tx) => refreshPledges(tx as Tx, [pledge.id]));
        return { party, pledge, alias };
      },
      shared: true,
      call: ({ party, alias }) => addAliasAction(null, form({ party: party.name, alias })),
      refusal: actionRefusal,
      effect: async ({ party, pledge, alias }, outcome, { prisma }) => {
        expect(outcome.returned).toMatchObject({ ok: true, data: { party: party.name, alias, matched: 1 } });
        const aliases = await prisma.partyAlias.findMany({ where: { partyId: party.id }, select: { alias: true } });
        expect(aliases.map((a) => a.alias).sort()).toEqual([alias, party.name].sort());
        expect((await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).partyId).toBe(party.id);
      },
    }),
  ],
  "app/(app)/admin/rates/actions.ts#uploadRatesAction": [
    defineCase({
      rows: ADMIN_ONLY,
      // A day no other row uploads, so that each allowed upload writes its own rate.
      fixture: async () => new Date(Date.UTC(1990, 0, 1) + rateDay++ * 86_400_000).toISOString().slice(0, 10),
      shared: true,
      call: (date) => {
        const data = new FormData();
        data.set("file", new File([`Date,USD,JPY,\n${date},1.0876,N/A,\n`], "eurofxref-hist.csv", { type: "text/csv" }));
        return uploadRatesAction(null, data);
      },
      refusal: actionRefusal,
      effect: async (date, outcome, { prisma, actor }) => {
        const summary = (outcome.returned as { ok: true; data: { id: string } }).data;
        const upload = await prisma.rateUpload.findUniqueOrThrow({ where: { id: summary.id }, include: { rates: true } });
        expect(upload).toMatchObject({ uploadedById: actor!.id, rows: 1 });
        expect(upload.rates.map((r) => [r.currency, r.date.toISOString().slice(0, 10), r.rate.toString()])).toEqual([["USD", date, "1.0876"]]);
      },
    }),
  ],
  "app/(app)/meetings/actions.ts#openPledgesAction": [
    defineCase({
      rows: grid`
        who         any
        signed_out  auth
        viewer      deny
        editor      ok
        reviewer    ok
        admin       ok`,
      fixture: ledgerStory,
      shared: true,
      keepsFixture: true,
      call: (story) => openPledgesAction(story.series, ""),
      refusal: actionRefusal,
      effect: async (story, outcome) => {
        const offered = (outcome.returned as { ok: true; data: { number: number }[] }).data;
        expect(offered.map((p) => p.number)).toEqual([story.published.number]);
      },
    }),
  ],
  "app/(app)/ledger/pledges/[number]/events/new/actions.ts#proposeEventAction": [
    defineCase({
      rows: grid`
        who         published  draft
        signed_out  auth       auth
        viewer      deny       deny
        editor      ok         gone
        reviewer    deny       deny
        admin       ok         gone`,
      fixture: pledgeForRow,
      shared: true,
      call: ({ pledge }) => proposeEventAction(null, form({ pledgeNumber: String(pledge.number), ...eventFields({ amount: "400000" }) })),
      refusal: actionRefusal,
      effect: async ({ pledge }, outcome, { prisma, actor }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        const events = await prisma.pledgeEvent.findMany({ where: { pledgeId: pledge.id }, select: { state: true, amount: true, proposedById: true } });
        expect(events.map((e) => [e.state, e.amount?.toString(), e.proposedById])).toEqual([["proposed", "400000", actor!.id]]);
        // Nothing counts before a reviewer approves it.
        expect((await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).deliveredAmount.toString()).toBe("0");
      },
    }),
  ],
  "app/(app)/ledger/pledges/[number]/events/new/actions.ts#withdrawEventAction": [
    defineCase({
      name: "a proposed event",
      rows: grid`
        who           any
        signed_out    auth
        viewer        deny
        editor        deny
        editor:own    ok
        reviewer      deny
        admin         deny
        admin:own     ok`,
      fixture: proposedEvent,
      shared: true,
      call: ({ pledge, event }) => withdrawEventAction(null, form({ eventId: event.id, pledgeNumber: String(pledge.number) })),
      refusal: actionRefusal,
      effect: async ({ event }, outcome, { prisma, actor }) => {
        expect(outcome.returned).toMatchObject({ ok: true });
        expect(await prisma.pledgeEvent.findUnique({ where: { id: event.id } })).toBeNull();
        expect(await prisma.auditEvent.count({ where: { entityId: event.id, action: "event.withdraw", actorId: actor!.id } })).toBe(1);
      },
    }),
    defineCase({
      // An import is reviewed whole: none of its events is taken out of it alone.
      name: "an event of an import",
      rows: grid`
        who           any
        signed_out    auth
        viewer        deny
        editor        deny
        editor:own    state
        reviewer      deny
        admin         deny
        admin:own     state`,
      fixture: proposedImport,
      shared: true,
      call: ({ pledge, event }) => withdrawEventAction(null, form({ eventId: event.id, pledgeNumber: String(pledge.number) })),
      refusal: actionRefusal,
      effect: async () => {},
    }),
  ],
  "app/(app)/review/events/actions.ts#reviewProposalAction": [
    reviewCase("approve"),
    reviewCase("reject"),
    defineCase({
      // Its events move with the import, never one by one, whoever proposed them.
      name: "approve an event of an import on its own",
      rows: grid`
        who           any
        signed_out    auth
        viewer        deny
        editor        deny
        reviewer      state
        reviewer:own  deny
        admin         state
        admin:own     deny`,
      fixture: proposedImport,
      shared: true,
      call: ({ event }) => reviewProposalAction(null, form({ proposal: "event", decision: "approve", id: event.id, comment: "" })),
      refusal: actionRefusal,
      effect: async () => {},
    }),
    defineCase({
      name: "approve an import",
      rows: grid`
        who           any
        signed_out    auth
        viewer        deny
        editor        deny
        editor:own    deny
        reviewer      ok
        reviewer:own  deny
        admin         ok
        admin:own     deny`,
      fixture: proposedImport,
      shared: true,
      call: ({ pledgeImport }) => reviewProposalAction(null, form({ proposal: "import", decision: "approve", id: pledgeImport.id, comment: "" })),
      refusal: actionRefusal,
      effect: async ({ pledge, pledgeImport, event }, outcome, { prisma, actor }) => {
        expect(outcome.redirect).toBe("/review/events?done=import-approve");
        expect(await prisma.pledgeImport.findUniqueOrThrow({ where: { id: pledgeImport.id } })).toMatchObject({ state: "approved", reviewedById: actor!.id });
        expect((await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: event.id } })).state).toBe("approved");
        expect((await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).deliveredAmount.toString()).toBe("250000");
      },
    }),
  ],
};

export const ledgerRoutes: Matrix = {
  "app/api/v1/pledges/route.ts#GET": [
    defineCase({
      rows: SIGNED_IN,
      fixture: ledgerStory,
      shared: true,
      keepsFixture: true,
      call: async (story) => apiPledges(await requestTo(`/api/v1/pledges?series=${encodeURIComponent(story.series)}`)),
      refusal: routeRefusal,
      effect: async (story, outcome) => {
        const body = (await json(outcome)) as { data: { number: number; delivered: unknown }[]; total: number };
        expect(body.data.map((p) => p.number)).toEqual([story.published.number]);
        expect(body.total).toBe(1);
      },
    }),
  ],
  "app/api/v1/pledges/[number]/route.ts#GET": [
    defineCase({
      // The API gives everyone the readers' answer: staff too get no unpublished pledge there.
      rows: grid`
        who         published  draft
        signed_out  auth       auth
        viewer      ok         gone
        editor      ok         gone
        reviewer    ok         gone
        admin       ok         gone`,
      fixture: async ({ prisma, row }) => {
        const story = await ledgerStory({ prisma });
        return { ...story, pledge: row.state === "draft" ? story.unpublished : story.published };
      },
      shared: true,
      keepsFixture: true,
      call: async ({ pledge }) => apiPledge(await requestTo(`/api/v1/pledges/${pledge.number}`), { params: Promise.resolve({ number: String(pledge.number) }) }),
      refusal: routeRefusal,
      effect: async (story, outcome) => {
        const body = (await json(outcome)) as { data: { number: number; events: { amount: string | null }[] } };
        expect(body.data.number).toBe(story.published.number);
        // Only the approved event, never the one awaiting review.
        expect(body.data.events.map((e) => Number(e.amount))).toEqual([300000]);
      },
    }),
  ],
  "app/(app)/ledger/pledges.csv/route.ts#GET": [
    defineCase({
      rows: SIGNED_IN,
      fixture: ledgerStory,
      shared: true,
      keepsFixture: true,
      call: async (story) => pledgesCsv(await requestTo(`/ledger/pledges.csv?series=${encodeURIComponent(story.series)}`)),
      refusal: routeRefusal,
      effect: async (story, outcome, { prisma, actor }) => {
        expect(firstCells(await csvRows(outcome))).toEqual([`P-${story.published.number}`]);
        await expectExportAudited(prisma, actor!.id, "pledges.csv");
      },
    }),
  ],
  "app/(app)/ledger/events.csv/route.ts#GET": [
    defineCase({
      rows: SIGNED_IN,
      fixture: ledgerStory,
      shared: true,
      keepsFixture: true,
      call: async (story) => eventsCsv(await requestTo(`/ledger/events.csv?series=${encodeURIComponent(story.series)}`)),
      refusal: routeRefusal,
      effect: async (story, outcome, { prisma, actor }) => {
        expect(firstCells(await csvRows(outcome))).toEqual([story.approved.id]);
        await expectExportAudited(prisma, actor!.id, "events.csv");
      },
    }),
  ],
};
