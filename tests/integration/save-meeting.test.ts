import { beforeAll, describe, expect, it } from "vitest";
import { saveMeetingAction } from "@/app/(app)/meetings/actions";
import type { Db } from "@/lib/db";
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

  it("saves a new version, keeping the old one", async () => {
    const { id, input } = await createAsEditor();
    const { redirect } = await save({ ...input, title: "Renamed meeting" }, { id, version: 1 });
    expect(redirect).toBe(`/meetings/${id}?saved=2`);
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
    expect(result).toMatchObject({ ok: false, code: "conflict", formError: expect.stringMatching(/Someone else saved/) });
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
    const outcomes = [a, b].map((o) => (o.redirect ? "saved" : o.result && !o.result.ok ? o.result.code : "?"));
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
