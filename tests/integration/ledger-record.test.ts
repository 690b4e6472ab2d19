import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { openPledgesAction, saveMeetingAction } from "@/app/(app)/meetings/actions";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createMeeting, updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import type { MeetingInput } from "@/lib/validation/meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { meetingFormData, redirectTarget } from "../support/forms";
import { staff } from "../support/meetings";

let prisma: Db;
let editor: CurrentUser;
let reviewer: CurrentUser;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  editor = await staff(prisma, "editor");
  reviewer = await staff(prisma, "reviewer");
});

type Commitment = MeetingInput["commitments"][number];
const commitment = (patch: Partial<Commitment>): Commitment => ({ ...meetingInput().commitments[0]!, key: randomUUID(), discussionKey: "", ...patch });
const participant = (name: string) => ({ key: randomUUID(), name, kind: "country" as const, attendance: "in_person" as const, representative: "" });
/** A meeting of its own series, so pledges of other tests are never offered. */
const meeting = (series: string, startsAt: string, commitments: Commitment[], names = ["Ukraine", "Germany"]) =>
  meetingInput({ series, startsAt, participants: names.map(participant), commitments });
const grant = (patch: Partial<Commitment> = {}) =>
  commitment({ party: "Germany", kind: "financial", instrument: "grant", description: "Grant to the defence budget", amount: "500000000", currency: "EUR", quantity: "", unit: "", dueDate: "", recipient: "", confirmNew: false, ...patch });

async function publish(input: MeetingInput) {
  const { id } = await createMeeting(editor, input);
  await transitionMeeting(editor, id, "submit", { version: 1 });
  await transitionMeeting(reviewer, id, "approve", { version: 1 });
  return id;
}
const pledgeOf = async (meetingId: string, position = 0) =>
  (await prisma.commitment.findFirstOrThrow({ where: { revision: { meetingId }, position }, orderBy: { revision: { number: "desc" } }, include: { pledge: true } })).pledge!;
const fieldErrors = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors ?? {};
};
const counts = async () => ({
  meetings: await prisma.meeting.count(),
  commitments: await prisma.commitment.count(),
  pledges: await prisma.pledge.count(),
});

describe("parties in the meeting form", () => {
  it("resolves “UK” to the United Kingdom, keeping the text as typed", async () => {
    const series = `Series ${randomUUID()}`;
    const input = meeting(series, "2026-10-14T09:00:00Z", [grant({ party: "UK", recipient: "" })], ["Ukraine", "the U.K."]);
    await actAs(prisma, await createUser(prisma, "editor"));
    const saved = await saveMeetingAction(null, meetingFormData(input)).catch((error: unknown) => redirectTarget(error));
    expect(saved).toMatch(/^\/meetings\//);
    const revision = await prisma.revision.findFirstOrThrow({ where: { series }, include: { participants: { include: { party: true } }, commitments: { include: { partyRef: true, recipient: true } } } });
    expect(revision.participants.map((p) => [p.name, p.party?.name])).toEqual([
      ["Ukraine", "Ukraine"],
      ["the U.K.", "United Kingdom"],
    ]);
    expect(revision.commitments[0]).toMatchObject({ party: "UK", partyRef: { name: "United Kingdom", code: "GB" }, recipient: { name: "Ukraine" } });
  });

  it("refuses an unknown party or a missing recipient beside the field, writing nothing", async () => {
    const before = await counts();
    const input = meeting(`Series ${randomUUID()}`, "2026-10-14T09:00:00Z", [grant({ party: "Atlantis" }), grant({ party: "Germany", recipient: "" })], ["Poland", "Narnia"]);
    const errors = await fieldErrors(createMeeting(editor, input));
    expect(errors["participants.1.name"]).toEqual(["Unknown party “Narnia”: pick one from the list; an admin can add an alias."]);
    expect(errors["commitments.0.party"]?.[0]).toMatch(/Unknown party “Atlantis”/);
    expect(errors["commitments.1.recipient"]?.[0]).toMatch(/Give the recipient/);
    expect(await counts()).toEqual(before);
  });

  it("refuses two names of one party among the participants", async () => {
    const input = meeting(`Series ${randomUUID()}`, "2026-10-14T09:00:00Z", [], ["Netherlands", "Holland"]);
    expect((await fieldErrors(createMeeting(editor, input)))["participants.1.name"]).toEqual(["“Holland” is Netherlands, already listed as participant 1."]);
  });
});

describe("pledges announced in meetings", () => {
  it("creates a pledge for a new commitment, keeps it across the meeting's revisions, and publishes it on approval", async () => {
    const input = meeting(`Series ${randomUUID()}`, "2026-08-20T09:00:00Z", [grant()]);
    const { id } = await createMeeting(editor, input);
    const draft = await pledgeOf(id);
    expect(draft).toMatchObject({ publishedAt: null, description: "Grant to the defence budget", createdById: editor.id });

    await updateMeeting(editor, id, 1, { ...input, commitments: [{ ...input.commitments[0]!, amount: "550000000" }] });
    expect((await pledgeOf(id)).id).toBe(draft.id);
    expect((await pledgeOf(id)).amount?.toString()).toBe("550000000");

    await transitionMeeting(editor, id, "submit", { version: 2, correctionNote: "Corrected." });
    await transitionMeeting(reviewer, id, "approve", { version: 2, noteConfirmed: true });
    const published = await pledgeOf(id);
    expect(published.publishedAt).not.toBeNull();
    expect(published).toMatchObject({ status: "open", currency: "EUR" });
    expect(published.announcedOn?.toISOString().slice(0, 10)).toBe("2026-08-20");

    await transitionMeeting(reviewer, id, "archive", { version: 2, reason: "Superseded." });
    expect((await pledgeOf(id)).publishedAt).toBeNull();
    await transitionMeeting(reviewer, id, "restore", { version: 2 });
    expect((await pledgeOf(id)).publishedAt).not.toBeNull();
  });

  it("links a re-announcement to the same pledge, counted once in the published ledger", async () => {
    const series = `Series ${randomUUID()}`;
    const first = await publish(meeting(series, "2026-08-20T09:00:00Z", [grant()]));
    const pledge = await pledgeOf(first);
    const later = meeting(series, "2026-10-14T09:00:00Z", [grant({ announcement: "reannounced", pledge: `P-${pledge.number}` })]);
    const second = await publish(later);

    expect((await pledgeOf(second)).id).toBe(pledge.id);
    const published = await prisma.pledge.findMany({ where: { series, publishedAt: { not: null } } });
    expect(published).toHaveLength(1);
    expect(published.reduce((sum, p) => sum + Number(p.amount), 0)).toBe(500_000_000);
    expect(published[0]!.announcedOn?.toISOString().slice(0, 10)).toBe("2026-08-20");
    expect(published[0]!.lastAnnouncedOn?.toISOString().slice(0, 10)).toBe("2026-10-14");
  });

  it("takes an increase's new total once approved, and refuses a re-announcement that changes the amount", async () => {
    const series = `Series ${randomUUID()}`;
    const pledge = await pledgeOf(await publish(meeting(series, "2026-08-20T09:00:00Z", [grant()])));
    const changed = meeting(series, "2026-10-14T09:00:00Z", [grant({ announcement: "reannounced", pledge: `P-${pledge.number}`, amount: "600000000" })]);
    expect((await fieldErrors(createMeeting(editor, changed)))["commitments.0.amount"]?.[0]).toMatch(/choose increased or reduced/);

    const increased = { ...changed, commitments: [{ ...changed.commitments[0]!, announcement: "increased" as const }] };
    const { id } = await createMeeting(editor, increased);
    expect((await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).amount?.toString()).toBe("500000000");
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await transitionMeeting(reviewer, id, "approve", { version: 1 });
    expect((await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).amount?.toString()).toBe("600000000");
  });

  it("refuses a link to no pledge, to a pledge of the same meeting, or twice to one pledge", async () => {
    const series = `Series ${randomUUID()}`;
    const pledge = await pledgeOf(await publish(meeting(series, "2026-08-20T09:00:00Z", [grant()])));
    const missing = meeting(series, "2026-10-14T09:00:00Z", [grant({ announcement: "reannounced", pledge: "P-999999" })]);
    expect((await fieldErrors(createMeeting(editor, missing)))["commitments.0.pledge"]).toEqual(["There is no pledge P-999999."]);

    const twice = meeting(series, "2026-10-14T09:00:00Z", [
      grant({ announcement: "reannounced", pledge: `P-${pledge.number}` }),
      grant({ announcement: "reannounced", pledge: `${pledge.number}` }),
    ]);
    expect((await fieldErrors(createMeeting(editor, twice)))["commitments.1.pledge"]?.[0]).toMatch(/already updated by commitment 1/);

    const input = meeting(`Series ${randomUUID()}`, "2026-10-14T09:00:00Z", [grant()]);
    const { id } = await createMeeting(editor, input);
    const own = await pledgeOf(id);
    const self = { ...input, commitments: [...input.commitments, grant({ announcement: "reannounced", pledge: `P-${own.number}` })] };
    expect((await fieldErrors(updateMeeting(editor, id, 1, self)))["commitments.1.pledge"]?.[0]).toMatch(/first announced at this meeting/);
  });

  it("asks once whether a new commitment that looks like an open pledge is new, and nothing is lost", async () => {
    const series = `Series ${randomUUID()}`;
    const pledge = await pledgeOf(await publish(meeting(series, "2026-08-20T09:00:00Z", [grant()])));
    const before = await counts();
    const again = meeting(series, "2026-10-14T09:00:00Z", [grant({ description: "Budget support grant", amount: "520000000" })]);
    const errors = await fieldErrors(createMeeting(editor, again));
    expect(errors["commitments.0.pledge"]?.[0]).toMatch(new RegExp(`looks like an open pledge: P-${pledge.number} \\(Germany: Grant to the defence budget, €500,000,000\\)`));
    expect(errors["commitments.0.similar"]).toEqual([String(pledge.number)]);
    expect(await counts()).toEqual(before);

    const confirmed = { ...again, commitments: [{ ...again.commitments[0]!, confirmNew: true }] };
    const { id } = await createMeeting(editor, confirmed);
    expect((await pledgeOf(id)).id).not.toBe(pledge.id);
    // Its pledge is now its own: a later save of the draft does not ask again.
    await updateMeeting(editor, id, 1, { ...again, title: "Renamed" });
  });

  it("does not ask about pledges of another series, party, or kind", async () => {
    const series = `Series ${randomUUID()}`;
    await publish(meeting(series, "2026-08-20T09:00:00Z", [grant()]));
    const elsewhere = meeting(`Series ${randomUUID()}`, "2026-10-14T09:00:00Z", [grant()]);
    await expect(createMeeting(editor, elsewhere)).resolves.toBeTruthy();
    const other = meeting(series, "2026-10-14T09:00:00Z", [grant({ kind: "humanitarian" }), grant({ party: "Poland" })], ["Ukraine", "Germany", "Poland"]);
    await expect(createMeeting(editor, other)).resolves.toBeTruthy();
  });

  it("offers the series' open published pledges for update, with their terms, to staff only", async () => {
    const series = `Series ${randomUUID()}`;
    const first = await publish(meeting(series, "2026-08-20T09:00:00Z", [grant(), grant({ party: "Poland", kind: "military", description: "Shells", amount: "", currency: "", quantity: "100", unit: "rounds", dueDate: "2026-10-31" })], ["Ukraine", "Germany", "Poland"]));
    await createMeeting(editor, meeting(series, "2026-09-01T09:00:00Z", [grant({ party: "Ukraine", recipient: "Germany", description: "Only a draft" })]));
    const [germany, poland] = [await pledgeOf(first, 0), await pledgeOf(first, 1)];
    await prisma.pledge.update({ where: { id: poland.id }, data: { status: "delivered" } });

    await actAs(prisma, await createUser(prisma, "editor"));
    const offered = await openPledgesAction(series, "");
    expect(offered).toEqual({
      ok: true,
      data: [
        {
          number: germany.number,
          label: `P-${germany.number} (Germany: Grant to the defence budget, €500,000,000)`,
          status: "open",
          lastAnnouncedOn: "2026-08-20",
          terms: {
            party: "Germany",
            recipient: "Ukraine",
            kind: "financial",
            instrument: "grant",
            description: "Grant to the defence budget",
            amount: "500000000",
            currency: "EUR",
            quantity: "",
            unit: "",
            dueDate: "",
          },
        },
      ],
    });
    expect(await openPledgesAction(series, first)).toEqual({ ok: true, data: [] }); // its own pledges are not updates
    await actAs(prisma, await createUser(prisma, "viewer"));
    expect(await openPledgesAction(series, "")).toMatchObject({ ok: false, code: "forbidden" });
  });
});
