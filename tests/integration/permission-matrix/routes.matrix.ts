import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { GET as openNotification } from "@/app/(app)/notifications/[id]/route";
import { GET as commitmentsCsv } from "@/app/(app)/readouts/commitments.csv/route";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { GET as versionCsv } from "@/app/(app)/readouts/[id]/versions/[number]/commitments.csv/route";
import { GET as versionMarkdown } from "@/app/(app)/readouts/[id]/versions/[number]/readout.md/route";
import { GET as versionPdf } from "@/app/(app)/readouts/[id]/versions/[number]/readout.pdf/route";
import { GET as apiReadout } from "@/app/api/v1/readouts/[id]/route";
import { GET as apiReadouts } from "@/app/api/v1/readouts/route";
import type { Db } from "@/lib/db";
import { createUser } from "../../support/factories";
import { meetingIn, publishedMeeting, type MeetingFixture } from "../../support/matrix/fixtures";
import { grid, STATES, type FixtureState } from "../../support/matrix/grid";
import { defineCase, routeRefusal, type Call, type Matrix, type Outcome } from "../../support/matrix/runner";
import { requestTo } from "../../support/request-context";

// Written out by hand, not derived from the role map. Legend in support/matrix/grid.ts.

const PUBLISHED_ONLY = grid`
  who         draft  changes_requested  in_review  published  archived  retracted
  signed_out  auth   auth               auth       auth       auth      auth
  viewer      gone   gone               gone       ok         gone      gone
  editor      gone   gone               gone       ok         gone      gone
  reviewer    gone   gone               gone       ok         gone      gone
  admin       gone   gone               gone       ok         gone      gone`;
const SIGNED_IN = grid`
  who         any
  signed_out  auth
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;

const meeting = ({ prisma, row }: Omit<Call, "before">) => meetingIn(prisma, row.state!);

/** One meeting in each state, in a series of their own so that lists can be filtered to them. */
async function everyState({ prisma }: { prisma: Db }) {
  const series = `Matrix series ${randomUUID().slice(0, 8)}`;
  const meetings = await Promise.all(STATES.map((state) => meetingIn(prisma, state, { series })));
  const byState = Object.fromEntries(STATES.map((s, i) => [s, meetings[i]!])) as Record<FixtureState, MeetingFixture>;
  return { series, ...byState, unpublished: STATES.filter((s) => s !== "published").map((s) => byState[s]) };
}

const version = (id: string) => ({ params: Promise.resolve({ id, number: "1" }) });
const text = (outcome: Outcome) => (outcome.returned as Response).clone().text();
const json = (outcome: Outcome) => (outcome.returned as Response).clone().json();

async function expectExportAudited(prisma: Db, actorId: string, format: string) {
  const audit = await prisma.auditEvent.findMany({ where: { actorId, action: "meeting.export" }, select: { after: true } });
  expect(audit).toEqual([{ after: expect.objectContaining({ format }) }]);
}

/** A published version as a download. */
function versionExport(route: typeof versionCsv, format: string, check: (m: MeetingFixture, response: Response) => Promise<void>) {
  return defineCase({
    rows: PUBLISHED_ONLY,
    fixture: meeting,
    shared: true,
    keepsFixture: true,
    call: async (m) => route(await requestTo(`/readouts/${m.id}/versions/1/x`), version(m.id)),
    refusal: routeRefusal,
    effect: async (m, outcome, { prisma, actor }) => {
      const response = outcome.returned as Response;
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
      await check(m, response.clone());
      await expectExportAudited(prisma, actor!.id, format);
    },
  });
}

export const routes: Matrix = {
  "app/api/v1/readouts/route.ts#GET": [
    defineCase({
      rows: SIGNED_IN,
      fixture: everyState,
      shared: true,
      keepsFixture: true,
      call: async (all) => apiReadouts(await requestTo(`/api/v1/readouts?series=${encodeURIComponent(all.series)}`)),
      refusal: routeRefusal,
      effect: async (all, outcome) => {
        const body = (await json(outcome)) as { data: { id: string; title: string }[]; total: number };
        expect(body.data.map((r) => [r.id, r.title])).toEqual([[all.published.id, all.published.title]]);
        expect(body.total).toBe(1);
      },
    }),
  ],
  "app/api/v1/readouts/[id]/route.ts#GET": [
    defineCase({
      rows: PUBLISHED_ONLY,
      fixture: meeting,
      shared: true,
      keepsFixture: true,
      call: async (m) => apiReadout(await requestTo(`/api/v1/readouts/${m.id}`), { params: Promise.resolve({ id: m.id }) }),
      refusal: routeRefusal,
      effect: async (m, outcome) => {
        const body = (await json(outcome)) as { data: { id: string; version: number; title: string; commitments: { party: string }[] } };
        expect(body.data).toMatchObject({ id: m.id, version: 1, title: m.title, commitments: [{ party: m.input.commitments[0]!.party }] });
      },
    }),
  ],
  "app/(app)/readouts/[id]/versions/[number]/readout.md/route.ts#GET": [
    versionExport(versionMarkdown, "markdown", async (m, response) => {
      expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
      expect(await response.text()).toContain(`# ${m.title}`);
    }),
  ],
  "app/(app)/readouts/[id]/versions/[number]/readout.pdf/route.ts#GET": [
    versionExport(versionPdf, "pdf", async (_m, response) => {
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    }),
  ],
  "app/(app)/readouts/[id]/versions/[number]/commitments.csv/route.ts#GET": [
    versionExport(versionCsv, "csv", async (m, response) => {
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
      const [, row] = (await response.text()).trim().split("\n");
      expect(row).toContain(`${m.title},`);
      expect(row).toContain(m.input.commitments[0]!.description);
    }),
  ],
  "app/(app)/readouts/commitments.csv/route.ts#GET": [
    defineCase({
      rows: SIGNED_IN,
      fixture: everyState,
      shared: true,
      keepsFixture: true,
      call: async (all) => commitmentsCsv(await requestTo(`/readouts/commitments.csv?series=${encodeURIComponent(all.series)}`)),
      refusal: routeRefusal,
      effect: async (all, outcome, { prisma, actor }) => {
        const lines = (await text(outcome)).trim().split("\n");
        expect(lines).toHaveLength(2);
        expect(lines[1]).toContain(all.published.title);
        await expectExportAudited(prisma, actor!.id, "csv");
      },
    }),
  ],
  "app/(app)/readouts/feed.atom/route.ts#GET": [
    defineCase({
      rows: SIGNED_IN,
      fixture: everyState,
      shared: true,
      keepsFixture: true,
      call: async () => feed(await requestTo("/readouts/feed.atom")),
      refusal: routeRefusal,
      effect: async (all, outcome) => {
        const xml = await text(outcome);
        expect(xml).toContain(all.published.title);
        for (const hidden of all.unpublished) expect(xml).not.toContain(hidden.title);
      },
    }),
  ],
  "app/(app)/notifications/[id]/route.ts#GET": [
    defineCase({
      rows: grid`
        who             any
        signed_out      auth
        viewer          ok
        viewer:other    gone
        editor          ok
        editor:other    gone
        reviewer        ok
        reviewer:other  gone
        admin           ok
        admin:other     gone`,
      // The caller's own notice, or (signed out, "other") somebody else's.
      fixture: async ({ prisma, actor, row }) => {
        const about = await publishedMeeting(prisma);
        const owner = actor && !row.variant ? actor : await createUser(prisma, "editor");
        return prisma.notification.create({ data: { userId: owner.id, meetingId: about.id, kind: "approved", actorName: "A reviewer" } });
      },
      call: async (notice) => openNotification(await requestTo(`/notifications/${notice.id}`), { params: Promise.resolve({ id: notice.id }) }),
      // Signed out goes to sign-in; a notice that is not yours goes to your list, untouched.
      refusal: (outcome) => (outcome.redirect?.startsWith("/sign-in") ? "unauthenticated" : outcome.redirect === "/notifications" ? "not_found" : null),
      // Staff open the record; a viewer, who may only read it, the readout.
      effect: async (notice, outcome, { prisma, actor }) => {
        expect(outcome.redirect).toBe(`/${actor?.role === "viewer" ? "readouts" : "meetings"}/${notice.meetingId}`);
        expect((await prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).not.toBeNull();
      },
    }),
  ],
};
