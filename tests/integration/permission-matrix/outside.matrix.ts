import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createAccessTokenAction, revokeAccessTokenAction } from "@/app/(app)/account/actions";
import { setPublicReadingAction } from "@/app/(app)/admin/settings/actions";
import { GET as eventsCsv } from "@/app/(app)/ledger/events.csv/route";
import { GET as pledgesCsv } from "@/app/(app)/ledger/pledges.csv/route";
import { GET as openNotification } from "@/app/(app)/notifications/[id]/route";
import { GET as commitmentsCsv } from "@/app/(app)/readouts/commitments.csv/route";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { GET as versionCsv } from "@/app/(app)/readouts/[id]/versions/[number]/commitments.csv/route";
import { GET as versionMarkdown } from "@/app/(app)/readouts/[id]/versions/[number]/readout.md/route";
import { GET as versionPdf } from "@/app/(app)/readouts/[id]/versions/[number]/readout.pdf/route";
import { GET as apiPledge } from "@/app/api/v1/pledges/[number]/route";
import { GET as apiPledges } from "@/app/api/v1/pledges/route";
import { GET as apiReadout } from "@/app/api/v1/readouts/[id]/route";
import { GET as apiReadouts } from "@/app/api/v1/readouts/route";
import { newAccessTokenSecret } from "@/lib/auth/access-tokens";
import type { Db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { createUser } from "../../support/factories";
import { createLedgerMeeting, createParty, createPledge } from "../../support/ledger-factories";
import { meetingIn, publishedMeeting, type MeetingFixture } from "../../support/matrix/fixtures";
import { grid } from "../../support/matrix/grid";
import { actionRefusal, defineCase, routeRefusal, type Call, type Matrix, type Outcome } from "../../support/matrix/runner";
import { requestTo } from "../../support/request-context";

// Written out by hand, not derived from the role map. Legend in support/matrix/grid.ts.

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const ADMIN_ONLY = grid`
  who         any
  signed_out  auth
  viewer      deny
  editor      deny
  reviewer    deny
  admin       ok`;
const EVERYONE_SIGNED_IN = grid`
  who         any
  signed_out  auth
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;

/** A token of the caller's ("own"), or of another viewer's. */
async function tokenFor({ prisma, actor, row }: Omit<Call, "before">) {
  const owner = actor && row.variant !== "other" ? actor : await createUser(prisma, "viewer");
  const { prefix, hash } = newAccessTokenSecret();
  return prisma.accessToken.create({ data: { userId: owner.id, name: "Feed reader", scope: "read", prefix, hash, expiresAt: new Date(Date.now() + 86_400_000) } });
}

export const outsideActions: Matrix = {
  "app/(app)/admin/settings/actions.ts#setPublicReadingAction": [
    defineCase({
      rows: ADMIN_ONLY,
      call: () => setPublicReadingAction(null, form({ publicReading: "on" })),
      refusal: actionRefusal,
      effect: async (_none, _outcome, { prisma, actor }) => {
        expect(await prisma.setting.findUnique({ where: { key: "public_reading" }, select: { value: true } })).toEqual({ value: true });
        const audit = await prisma.auditEvent.findFirst({ where: { actorId: actor!.id, action: "setting.change" }, select: { after: true } });
        expect(audit?.after).toEqual({ on: true });
        // Leave the rest of this database as it was: public reading off.
        await setPublicReadingAction(null, form({ publicReading: "off" }));
      },
    }),
  ],
  "app/(app)/account/actions.ts#createAccessTokenAction": [
    defineCase({
      rows: EVERYONE_SIGNED_IN,
      fixture: async () => `Feed reader ${randomUUID().slice(0, 8)}`,
      call: (name) => createAccessTokenAction(null, form({ name, scope: "read", days: "30" })),
      refusal: actionRefusal,
      effect: async (name, outcome, { prisma, actor }) => {
        const secret = (outcome.returned as { data: { secret: string } }).data.secret;
        const token = await prisma.accessToken.findFirstOrThrow({ where: { name } });
        expect(token).toMatchObject({ userId: actor!.id, scope: "read", prefix: secret.slice(0, 10), revokedAt: null });
        expect(token.hash).not.toContain(secret);
        const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: token.id, action: "token.create" } });
        expect(JSON.stringify(audit)).not.toContain(secret);
      },
    }),
  ],
  "app/(app)/account/actions.ts#revokeAccessTokenAction": [
    defineCase({
      rows: grid`
        who           any
        signed_out    auth
        viewer        ok
        viewer:other  gone
        editor        ok
        editor:other  gone
        reviewer      ok
        admin         ok
        admin:other   gone`,
      fixture: tokenFor,
      call: (token) => revokeAccessTokenAction(null, form({ tokenId: token.id })),
      refusal: actionRefusal,
      effect: async (token, _outcome, { prisma, actor }) => {
        expect((await prisma.accessToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
        expect(await prisma.auditEvent.count({ where: { actorId: actor!.id, action: "token.revoke", entityId: token.id } })).toBe(1);
      },
    }),
  ],
};

// With public reading on, a signed-out caller reads exactly what a viewer reads.

const PUBLISHED_ONLY = grid`
  who         draft  in_review  published  archived
  signed_out  gone   gone       ok         gone
  viewer      gone   gone       ok         gone
  editor      gone   gone       ok         gone
  reviewer    gone   gone       ok         gone
  admin       gone   gone       ok         gone`;
const EVERYONE = grid`
  who         any
  signed_out  ok
  viewer      ok
  editor      ok
  reviewer    ok
  admin       ok`;

// An anonymous request is counted against its address's limit even when it finds nothing.
const ANONYMOUS_COUNTER = ["SignInThrottle"];

const text = (outcome: Outcome) => (outcome.returned as Response).clone().text();
const json = (outcome: Outcome) => (outcome.returned as Response).clone().json();

/** One meeting in each state, in a series of their own. */
async function everyState({ prisma }: { prisma: Db }) {
  const series = `Public series ${randomUUID().slice(0, 8)}`;
  const [draft, inReview, published, archived] = await Promise.all(
    (["draft", "in_review", "published", "archived"] as const).map((state) => meetingIn(prisma, state, { series })),
  );
  return { series, published: published!, unpublished: [draft!, inReview!, archived!] };
}

/** A published pledge and one announced only in a draft, in a series of their own. */
async function pledges({ prisma }: { prisma: Db }) {
  const series = `Public ledger ${randomUUID().slice(0, 8)}`;
  const party = await createParty(prisma, "Publicland");
  const [publishedMeeting, draftMeeting] = await Promise.all([true, false].map((published) => createLedgerMeeting(prisma, { startsAt: "2026-10-14T09:00:00Z", published, series })));
  const published = await createPledge(prisma, [publishedMeeting!], { party, amount: "1000000", currency: "EUR" });
  const unpublished = await createPledge(prisma, [draftMeeting!], { party, amount: "2000000", currency: "EUR" });
  return { series, published, unpublished };
}

async function expectExportAudited(prisma: Db, actor: User | null, format: string) {
  const audit = await prisma.auditEvent.findMany({ where: { actorId: actor?.id ?? null, action: { in: ["meeting.export", "ledger.export"] }, after: { path: ["format"], equals: format } }, select: { id: true } });
  expect(audit.length).toBeGreaterThan(0);
}

function versionExport(route: typeof versionCsv, format: string, type: RegExp) {
  return defineCase({
    rows: PUBLISHED_ONLY,
    fixture: ({ prisma, row }: Omit<Call, "before">) => meetingIn(prisma, row.state!),
    shared: true,
    keepsFixture: true,
    call: async (m: MeetingFixture) => route(await requestTo(`/readouts/${m.id}/versions/1/x`), { params: Promise.resolve({ id: m.id, number: "1" }) }),
    refusal: routeRefusal,
    refusalWrites: ANONYMOUS_COUNTER,
    effect: async (_m, outcome, { prisma, actor }) => {
      expect((outcome.returned as Response).headers.get("content-type")).toMatch(type);
      await expectExportAudited(prisma, actor, format);
    },
  });
}

/** The reader routes while public reading is on (outside-public.test.ts turns it on). */
export const publicReaderRoutes: Matrix = {
  "app/api/v1/readouts/route.ts#GET": [
    defineCase({
      rows: EVERYONE,
      fixture: everyState,
      shared: true,
      keepsFixture: true,
      call: async (all) => apiReadouts(await requestTo(`/api/v1/readouts?series=${encodeURIComponent(all.series)}`)),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (all, outcome) => {
        const body = (await json(outcome)) as { data: { id: string }[] };
        expect(body.data.map((r) => r.id)).toEqual([all.published.id]);
      },
    }),
  ],
  "app/api/v1/readouts/[id]/route.ts#GET": [
    defineCase({
      rows: PUBLISHED_ONLY,
      fixture: ({ prisma, row }) => meetingIn(prisma, row.state!),
      shared: true,
      keepsFixture: true,
      call: async (m) => apiReadout(await requestTo(`/api/v1/readouts/${m.id}`), { params: Promise.resolve({ id: m.id }) }),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (m, outcome) => {
        expect(((await json(outcome)) as { data: { title: string } }).data.title).toBe(m.title);
      },
    }),
  ],
  "app/api/v1/pledges/route.ts#GET": [
    defineCase({
      rows: EVERYONE,
      fixture: pledges,
      shared: true,
      keepsFixture: true,
      call: async (story) => apiPledges(await requestTo(`/api/v1/pledges?series=${encodeURIComponent(story.series)}`)),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (story, outcome) => {
        expect(((await json(outcome)) as { data: { number: number }[] }).data.map((p) => p.number)).toEqual([story.published.number]);
      },
    }),
  ],
  "app/api/v1/pledges/[number]/route.ts#GET": [
    defineCase({
      rows: grid`
        who         published  draft
        signed_out  ok         gone
        viewer      ok         gone
        editor      ok         gone
        reviewer    ok         gone
        admin       ok         gone`,
      fixture: async ({ prisma, row }) => {
        const story = await pledges({ prisma });
        return row.state === "draft" ? story.unpublished : story.published;
      },
      shared: true,
      keepsFixture: true,
      call: async (pledge) => apiPledge(await requestTo(`/api/v1/pledges/${pledge.number}`), { params: Promise.resolve({ number: String(pledge.number) }) }),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (pledge, outcome) => {
        expect(((await json(outcome)) as { data: { number: number } }).data.number).toBe(pledge.number);
      },
    }),
  ],
  "app/(app)/readouts/feed.atom/route.ts#GET": [
    defineCase({
      rows: EVERYONE,
      fixture: everyState,
      shared: true,
      keepsFixture: true,
      call: async () => feed(await requestTo("/readouts/feed.atom")),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (all, outcome) => {
        const xml = await text(outcome);
        expect(xml).toContain(all.published.title);
        for (const hidden of all.unpublished) expect(xml).not.toContain(hidden.title);
      },
    }),
  ],
  "app/(app)/readouts/[id]/versions/[number]/readout.md/route.ts#GET": [versionExport(versionMarkdown, "markdown", /^text\/markdown/)],
  "app/(app)/readouts/[id]/versions/[number]/readout.pdf/route.ts#GET": [versionExport(versionPdf, "pdf", /^application\/pdf/)],
  "app/(app)/readouts/[id]/versions/[number]/commitments.csv/route.ts#GET": [versionExport(versionCsv, "csv", /^text\/csv/)],
  "app/(app)/readouts/commitments.csv/route.ts#GET": [
    defineCase({
      rows: EVERYONE,
      fixture: everyState,
      shared: true,
      keepsFixture: true,
      call: async (all) => commitmentsCsv(await requestTo(`/readouts/commitments.csv?series=${encodeURIComponent(all.series)}`)),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (all, outcome, { prisma, actor }) => {
        const lines = (await text(outcome)).trim().split("\n");
        expect(lines.slice(1).map((l) => l.includes(all.published.title))).toEqual([true]);
        await expectExportAudited(prisma, actor, "csv");
      },
    }),
  ],
  "app/(app)/ledger/pledges.csv/route.ts#GET": [
    defineCase({
      rows: EVERYONE,
      fixture: pledges,
      shared: true,
      keepsFixture: true,
      call: async (story) => pledgesCsv(await requestTo(`/ledger/pledges.csv?series=${encodeURIComponent(story.series)}`)),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (story, outcome, { prisma, actor }) => {
        const rows = (await text(outcome)).trim().split("\n").slice(1);
        expect(rows.map((r) => r.split(",")[0])).toEqual([`P-${story.published.number}`]);
        await expectExportAudited(prisma, actor, "pledges.csv");
      },
    }),
  ],
  "app/(app)/ledger/events.csv/route.ts#GET": [
    defineCase({
      rows: EVERYONE,
      fixture: pledges,
      shared: true,
      keepsFixture: true,
      call: async (story) => eventsCsv(await requestTo(`/ledger/events.csv?series=${encodeURIComponent(story.series)}`)),
      refusal: routeRefusal,
      refusalWrites: ANONYMOUS_COUNTER,
      effect: async (_story, outcome, { prisma, actor }) => {
        expect((outcome.returned as Response).status).toBe(200);
        await expectExportAudited(prisma, actor, "events.csv");
      },
    }),
  ],
  // A staff route stays signed-in only.
  "app/(app)/notifications/[id]/route.ts#GET": [
    defineCase({
      rows: grid`
        who         any
        signed_out  auth
        viewer      ok
        editor      ok
        reviewer    ok
        admin       ok`,
      fixture: async ({ prisma, actor }) => {
        const about = await publishedMeeting(prisma);
        const owner = actor ?? (await createUser(prisma, "editor"));
        return prisma.notification.create({ data: { userId: owner.id, meetingId: about.id, kind: "approved", actorName: "A reviewer" } });
      },
      call: async (notice) => openNotification(await requestTo(`/notifications/${notice.id}`), { params: Promise.resolve({ id: notice.id }) }),
      refusal: (outcome) => (outcome.redirect?.startsWith("/sign-in") ? "unauthenticated" : null),
      effect: async (notice, _outcome, { prisma }) => {
        expect((await prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).not.toBeNull();
      },
    }),
  ],
};
