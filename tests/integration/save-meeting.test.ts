import { beforeAll, describe, expect, it } from "vitest";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import type { Db } from "@/lib/db";
import { ledgerLabels } from "@/lib/dal/ledger-labels";
import { toFormValues } from "@/lib/meetings/form-values";
import { REVISION_ITEMS } from "@/lib/meetings/revision-items";
import { randomUUID } from "node:crypto";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser, meetingInput } from "../support/factories";
import { meetingFormData, redirectTarget } from "../support/forms";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

async function save(input: unknown, meeting?: { id: string; version: number }) {
  try {
    return { result: await saveMeetingAction(null, meetingFormData(input, meeting)), redirect: null };
  } catch (error) {
    const target = redirectTarget(error);
    if (!target) throw error;
    return { result: null, redirect: target };
  }
}

async function createAsEditor() {
  const editor = await createUser(prisma, "editor");
  await actAs(prisma, editor);
  const input = meetingInput();
  const { redirect } = await save(input);
  const id = redirect!.match(/\/meetings\/([^?]+)/)![1]!;
  return { editor, input, id };
}

const counts = async () => ({
  meetings: await prisma.meeting.count(),
  revisions: await prisma.revision.count(),
  commitments: await prisma.commitment.count(),
  audit: await prisma.auditEvent.count(),
});

describe("saving a meeting", () => {
  it("creates a draft with its participants, discussions and commitments, and audits it", async () => {
    const { editor, input, id } = await createAsEditor();
    const meeting = await prisma.meeting.findUniqueOrThrow({
      where: { id },
      include: { revisions: { include: { participants: true, discussions: true, commitments: true } } },
    });
    expect(meeting).toMatchObject({ workingCopy: "draft", publication: "unpublished", version: 1, createdById: editor.id });
    const revision = meeting.revisions[0]!;
    expect(revision.title).toBe(input.title);
    expect(revision.discussions).toHaveLength(1);
    expect(revision.commitments[0]).toMatchObject({ party: "Poland", quantity: 1000, discussionId: revision.discussions[0]!.id });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "meeting.create", entityId: id } });
    expect(audit.actorId).toBe(editor.id);
  });

  it("stores every field of every item, in order and with its links, so the form reads back what was saved", async () => {
    const editor = await createUser(prisma, "editor");
    await actAs(prisma, editor);
    const base = meetingInput();
    const [talks, aid] = [randomUUID(), randomUUID()];
    const [release, article] = [randomUUID(), randomUUID()];
    const commitment = base.commitments[0]!;
    const input = meetingInput({
      participants: [
        { key: randomUUID(), name: "Ukraine", kind: "country", attendance: "in_person", representative: "Minister of Defence" },
        { key: randomUUID(), name: "Poland", kind: "country", attendance: "remote", representative: "" },
        { key: randomUUID(), name: "Germany", kind: "country", attendance: "absent", representative: "Ambassador" },
      ],
      discussions: [
        { key: talks, title: "Air defence", topic: "military_aid", notes: "Notes *one*.", outcome: "" },
        { key: aid, title: "Budget support", topic: "financial_support", notes: "", outcome: "Agreed." },
      ],
      sources: [
        { key: release, title: "Press release", publisher: "Ministry", publishedOn: "2026-10-14", url: "https://example.org/release" },
        { key: article, title: "Article", publisher: "", publishedOn: "", url: "" },
      ],
      commitments: [
        { ...commitment, key: randomUUID(), discussionKey: aid, sourceKey: release, party: "Germany", recipient: "", kind: "financial", instrument: "grant", amount: "2500000.5", currency: "EUR", quantity: "", unit: "", dueDate: "2027-01-31" },
        { ...commitment, key: randomUUID(), discussionKey: "", sourceKey: article, party: "Poland", kind: "military", amount: "", amountUndisclosed: true, currency: "PLN", quantity: "12", unit: "vehicles", dueDate: "" },
        { ...commitment, key: randomUUID(), discussionKey: talks, sourceKey: "", party: "Germany", kind: "training", instrument: "in_kind", description: "Training", amount: "", currency: "", quantity: "", unit: "", dueDate: "" },
      ],
    });
    const { redirect } = await save(input);
    const id = redirect!.match(/\/meetings\/([^?]+)/)![1]!;
    const revision = await prisma.revision.findFirstOrThrow({ where: { meetingId: id }, include: REVISION_ITEMS });
    const stored = toFormValues(revision, await ledgerLabels([revision.id]));
    expect(stored.participants).toEqual(input.participants);
    expect(stored.discussions).toEqual(input.discussions);
    expect(stored.sources).toEqual(input.sources);
    const expected = input.commitments.map((c) => ({ ...c, amountUndisclosed: c.amountUndisclosed ?? false, recipient: c.recipient || "Ukraine", confirmNew: false }));
    expect(stored.commitments).toEqual(expected);
    expect(revision.commitments.map((c) => c.position)).toEqual([0, 1, 2]);
    expect(new Set(revision.commitments.map((c) => c.pledgeId)).size).toBe(3);
  });

  it("saves a new version, keeping the old one", async () => {
    const { id, input } = await createAsEditor();
    // The edit form stays: the answer is the new version, not a redirect to the meeting's page.
    const { result, redirect } = await save({ ...input, title: "Renamed meeting" }, { id, version: 1 });
    expect(redirect).toBeNull();
    expect(result).toEqual({ ok: true, data: { id, version: 2 } });
    const revisions = await prisma.revision.findMany({ where: { meetingId: id }, orderBy: { number: "asc" } });
    expect(revisions.map((r) => [r.number, r.title])).toEqual([
      [1, input.title],
      [2, "Renamed meeting"],
    ]);
  });

  it("refuses a stale version with a clear message and writes nothing", async () => {
    const { id, input } = await createAsEditor();
    await save({ ...input, title: "First editor's change" }, { id, version: 1 });
    const before = await counts();
    const { result } = await save({ ...input, title: "Second editor's change" }, { id, version: 1 });
    expect(result).toMatchObject({ ok: false, code: "conflict", formError: expect.stringMatching(/saved again after you opened it/) });
    expect(await counts()).toEqual(before);
    const latest = await prisma.revision.findFirstOrThrow({ where: { meetingId: id }, orderBy: { number: "desc" } });
    expect(latest.title).toBe("First editor's change");
  });

  it("lets exactly one of two simultaneous saves from the same version through", async () => {
    const { id, input } = await createAsEditor();
    const [a, b] = await Promise.all([
      save({ ...input, title: "Save A" }, { id, version: 1 }),
      save({ ...input, title: "Save B" }, { id, version: 1 }),
    ]);
    const outcomes = [a, b].map((o) => (o.result?.ok ? "saved" : o.result ? o.result.code : "?"));
    expect(outcomes.sort()).toEqual(["conflict", "saved"]);
    expect(await prisma.revision.count({ where: { meetingId: id } })).toBe(2);
  });

  it("returns every field error and writes nothing for bad input", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const before = await counts();
    const bad = meetingInput({ title: "", startsAt: "not a date" });
    bad.commitments[0] = { ...bad.commitments[0]!, amount: "-3", currency: "ZZZ", dueDate: "2020-01-01" };
    bad.participants.push({ ...bad.participants[0]!, key: crypto.randomUUID() });
    const { result } = await save(bad);
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.code).toBe("invalid_input");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      ["commitments.0.amount", "commitments.0.currency", "participants.1.name", "startsAt", "title"].sort(),
    );
    expect(await counts()).toEqual(before);
  });

  it("rejects a payload that is not JSON without writing", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const form = new FormData();
    form.set("payload", "{not json");
    const result = await saveMeetingAction(null, form);
    expect(result).toMatchObject({ ok: false, fieldErrors: { _form: [expect.stringMatching(/could not be read/)] } });
  });

  it("answers not found for a forged meeting id", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    const { result } = await save(meetingInput(), { id: "forged-id", version: 1 });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses to edit a record that is no longer a draft", async () => {
    const { id, input } = await createAsEditor();
    await prisma.meeting.update({ where: { id }, data: { workingCopy: "in_review" } });
    const { result } = await save(input, { id, version: 1 });
    expect(result).toMatchObject({ ok: false, code: "invalid_state" });
  });

  for (const role of ["reviewer", "viewer"] as const) {
    it(`refuses a ${role} at the action, for create and for edit, even with valid input`, async () => {
      const { id, input } = await createAsEditor();
      await actAs(prisma, await createUser(prisma, role));
      const before = await counts();
      expect((await save(meetingInput())).result).toMatchObject({ ok: false, code: "forbidden" });
      expect((await save(input, { id, version: 1 })).result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await counts()).toEqual(before);
    });
  }

  it("refuses a signed-out caller", async () => {
    actAsNobody();
    expect((await save(meetingInput())).result).toMatchObject({ ok: false, code: "unauthenticated" });
  });
});
