import { beforeAll, describe, expect, it } from "vitest";
import { proposeEventAction, withdrawEventAction } from "@/app/(app)/ledger/pledges/[number]/events/new/actions";
import { reviewProposalAction } from "@/app/(app)/review/events/actions";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { proposeEvent } from "@/lib/ledger/propose-event";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { reviewEvent } from "@/lib/ledger/review-event";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { isoDay, todayUtc } from "@/lib/validation/iso-date";
import { freshDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { redirectTarget } from "../support/forms";
import { staff } from "../support/meetings";
import { eventFields, publishedPledge } from "../support/pledge-factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const pledgeRow = (id: string) => prisma.pledge.findUniqueOrThrow({ where: { id } });
const figures = async (id: string) => {
  const p = await pledgeRow(id);
  return { status: p.status, delivered: p.deliveredAmount.toString(), allocated: p.allocatedAmount.toString() };
};

describe("proposing and reviewing pledge events", () => {
  it("counts an event only once another reviewer approves it, with an audit entry and a notice to the proposer", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { pledge } = await publishedPledge(prisma, { amount: "500000000", currency: "EUR" });
    expect(pledge).toMatchObject({ status: "open", announcedOn: new Date("2026-10-14T00:00:00Z") });

    const { eventId, warnings } = await proposeEvent(editor, pledge.number, eventFields({ amount: "200,000,000", sourceUrl: "https://Example.org/a b" }));
    expect(warnings).toEqual([]);
    expect(await figures(pledge.id)).toEqual({ status: "open", delivered: "0", allocated: "0" });
    expect(await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({
      state: "proposed",
      sourceUrl: "https://example.org/a%20b",
      proposedById: editor.id,
    });
    expect(await prisma.notification.count({ where: { userId: reviewer.id, detail: { contains: `P-${pledge.number}` } } })).toBe(1);

    await reviewEvent(reviewer, eventId, "approve");
    expect(await figures(pledge.id)).toEqual({ status: "partly_delivered", delivered: "200000000", allocated: "0" });
    expect(await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({ state: "approved", reviewedById: reviewer.id });
    const audit = await prisma.auditEvent.findMany({ where: { entityId: eventId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audit.map((a) => a.action)).toEqual(["event.propose", "event.approve"]);
    expect(audit[1]).toMatchObject({ actorId: reviewer.id, after: { state: "approved", pledgeStatus: "partly_delivered", deliveredAmount: "200000000" } });
    expect(await prisma.notification.findFirst({ where: { userId: editor.id, detail: { contains: "approved" } } })).not.toBeNull();

    const rest = await proposeEvent(editor, pledge.number, eventFields({ kind: "delivered", amount: "" }));
    await reviewEvent(reviewer, rest.eventId, "approve");
    expect(await figures(pledge.id)).toEqual({ status: "delivered", delivered: "500000000", allocated: "0" });
  });

  it("refuses approval by the proposer, even an admin", async () => {
    const admin = await staff(prisma, "admin");
    const { pledge } = await publishedPledge(prisma);
    const { eventId } = await proposeEvent(admin, pledge.number, eventFields());
    await expect(reviewEvent(admin, eventId, "approve")).rejects.toMatchObject({ code: "forbidden", message: /your own proposal/ });
    expect((await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: eventId } })).state).toBe("proposed");
    expect(await figures(pledge.id)).toMatchObject({ delivered: "0" });
  });

  it("lets only reviewers and admins decide, and only editors and admins propose, through the actions", async () => {
    const { pledge } = await publishedPledge(prisma);
    const outcome = async (role: Role, call: () => Promise<{ ok: boolean; code?: string }>) => {
      await actAs(prisma, await staff(prisma, role));
      try {
        const result = await call();
        return result.ok ? "ok" : (result as { code: string }).code;
      } catch (error) {
        if (redirectTarget(error)) return `redirect ${redirectTarget(error)}`;
        throw error;
      }
    };
    const proposals: Record<string, string> = {};
    for (const role of ["viewer", "reviewer", "editor", "admin"] as const) {
      proposals[role] = await outcome(role, () =>
        proposeEventAction(null, form({ pledgeNumber: String(pledge.number), ...eventFields({ amount: String(1000 + role.length) }) })),
      );
    }
    expect(proposals).toEqual({ viewer: "forbidden", reviewer: "forbidden", editor: "ok", admin: "ok" });

    const pending = await prisma.pledgeEvent.findFirstOrThrow({ where: { pledgeId: pledge.id, state: "proposed" } });
    const decide = (decision: string) => () => reviewProposalAction(null, form({ proposal: "event", id: pending.id, decision, comment: "No source." }));
    expect(await outcome("viewer", decide("approve"))).toBe("forbidden");
    expect(await outcome("editor", decide("approve"))).toBe("forbidden");
    expect(await outcome("editor", decide("reject"))).toBe("forbidden");
    expect((await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: pending.id } })).state).toBe("proposed");
    expect(await outcome("reviewer", decide("approve"))).toBe("redirect /review/events?done=event-approve");
    expect((await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: pending.id } })).state).toBe("approved");
  });

  it("changes nothing on the pledge when an event is rejected, and needs a reason to reject", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { pledge } = await publishedPledge(prisma);
    const { eventId } = await proposeEvent(editor, pledge.number, eventFields({ kind: "cancelled", amount: "" }));
    const before = await pledgeRow(pledge.id);

    await expect(reviewEvent(reviewer, eventId, "reject", "  ")).rejects.toMatchObject({ code: "invalid_input" });
    await reviewEvent(reviewer, eventId, "reject", "The source says postponed, not cancelled.");
    expect(await pledgeRow(pledge.id)).toEqual(before);
    expect(await prisma.pledgeEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({
      state: "rejected",
      reviewComment: "The source says postponed, not cancelled.",
    });
    await expect(reviewEvent(reviewer, eventId, "approve")).rejects.toMatchObject({ code: "invalid_state" });
    expect(await prisma.notification.findFirst({ where: { userId: editor.id, detail: { contains: "postponed" } } })).not.toBeNull();
  });

  it("lets only the proposer withdraw a pending proposal", async () => {
    const editor = await staff(prisma, "editor");
    const { pledge } = await publishedPledge(prisma);
    const { eventId } = await proposeEvent(editor, pledge.number, eventFields());
    await actAs(prisma, await staff(prisma, "editor"));
    expect(await withdrawEventAction(null, form({ eventId }))).toMatchObject({ ok: false, code: "forbidden" });
    await actAs(prisma, editor);
    expect(await withdrawEventAction(null, form({ eventId, pledgeNumber: String(pledge.number) }))).toMatchObject({ ok: true });
    expect(await prisma.pledgeEvent.findUnique({ where: { id: eventId } })).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: eventId, action: "event.withdraw" } })).toBe(1);
  });
});

describe("impossible progress", () => {
  it("refuses a second identical pending proposal", async () => {
    const editor = await staff(prisma, "editor");
    const { pledge } = await publishedPledge(prisma);
    await proposeEvent(editor, pledge.number, eventFields());
    await expect(proposeEvent(await staff(prisma, "editor"), pledge.number, eventFields({ amount: "100000000.00" }))).rejects.toMatchObject({
      code: "conflict",
    });
    await proposeEvent(editor, pledge.number, eventFields({ asOf: "2026-11-03" }));
    expect(await prisma.pledgeEvent.count({ where: { pledgeId: pledge.id } })).toBe(2);
  });

  it("refuses progress on a delivered or cancelled pledge, and approving a second closing event", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { pledge } = await publishedPledge(prisma);
    const cancel = await proposeEvent(editor, pledge.number, eventFields({ kind: "cancelled", amount: "" }));
    const deliver = await proposeEvent(editor, pledge.number, eventFields({ kind: "delivered", amount: "" }));
    await reviewEvent(reviewer, cancel.eventId, "approve");
    expect((await pledgeRow(pledge.id)).status).toBe("cancelled");
    await expect(reviewEvent(reviewer, deliver.eventId, "approve")).rejects.toMatchObject({ code: "invalid_state", message: /cancelled/ });
    await expect(proposeEvent(editor, pledge.number, eventFields())).rejects.toMatchObject({ code: "invalid_state", message: /cancelled/ });
    expect((await pledgeRow(pledge.id)).status).toBe("cancelled");
  });

  it("checks figures and dates against the pledge", async () => {
    const editor = await staff(prisma, "editor");
    const { pledge } = await publishedPledge(prisma, { amount: "", currency: "", quantity: "40", unit: "vehicles" });
    const fieldErrors = async (fields: Record<string, string>) => {
      try {
        await proposeEvent(editor, pledge.number, eventFields(fields));
        return "accepted";
      } catch (error) {
        return (error as { fieldErrors?: Record<string, string[]> }).fieldErrors;
      }
    };
    expect(await fieldErrors({ amount: "1000" })).toEqual({ amount: [expect.stringMatching(/no amount in a currency/)] });
    expect(await fieldErrors({ kind: "allocated", amount: "", quantity: "" })).toEqual({ amount: ["Give an amount, a quantity, or both."] });
    expect(await fieldErrors({ amount: "", quantity: "10", asOf: "2026-10-13" })).toEqual({ asOf: [expect.stringMatching(/before the pledge was first announced \(2026-10-14\)/)] });
    expect(await fieldErrors({ amount: "", quantity: "10", asOf: "2026-02-30" })).toEqual({ asOf: [expect.stringMatching(/real date/)] });
    const tomorrow = isoDay(new Date(todayUtc().getTime() + 24 * 3600 * 1000));
    expect(await fieldErrors({ amount: "", quantity: "10", asOf: tomorrow })).toEqual({ asOf: [expect.stringMatching(/future/)] });
    expect(await fieldErrors({ amount: "", quantity: "10", sourceUrl: "javascript:alert(1)" })).toEqual({ sourceUrl: [expect.stringMatching(/https:\/\//)] });
    expect(await fieldErrors({ amount: "", quantity: "10", asOf: "2026-10-14" })).toBe("accepted");
    expect(await prisma.pledgeEvent.count({ where: { pledgeId: pledge.id } })).toBe(1);
  });

  it("allows delivering more than pledged, with a warning", async () => {
    const editor = await staff(prisma, "editor");
    const { pledge } = await publishedPledge(prisma, { amount: "1000000", currency: "USD" });
    const { warnings } = await proposeEvent(editor, pledge.number, eventFields({ amount: "1250000" }));
    expect(warnings).toEqual(["Delivered would reach US$1,250,000, US$250,000 more than the US$1,000,000 pledged."]);
  });

  it("refuses events on a pledge whose meeting is no longer published", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { pledge, meetingId } = await publishedPledge(prisma);
    const { eventId } = await proposeEvent(editor, pledge.number, eventFields());
    await transitionMeeting(reviewer, meetingId, "archive", { version: 1, reason: "Superseded." });
    await prisma.$transaction((tx) => refreshPledges(tx, [pledge.id]));
    await expect(reviewEvent(reviewer, eventId, "approve")).rejects.toMatchObject({ code: "invalid_state", message: /no longer published/ });
    await expect(proposeEvent(editor, pledge.number, eventFields({ asOf: "2026-11-03" }))).rejects.toMatchObject({ code: "not_found" });
  });
});
