import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getReadout, listReadouts } from "@/lib/dal/readouts";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { freshDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";
import { lockMeetingElsewhere, untilSomeoneWaitsForALock, watch } from "../support/row-lock";

let prisma: Db;
let url: string;
beforeAll(async () => {
  ({ prisma, url } = await freshDatabase());
});

const auditActions = async (meetingId: string) =>
  (await prisma.auditEvent.findMany({ where: { entityId: meetingId }, orderBy: [{ at: "asc" }, { id: "asc" }] })).map((a) => a.action);

describe("review workflow", () => {
  it("runs draft → review → changes requested → review → published, with reviews, notices and audit", async () => {
    const editor = await staff(prisma, "editor");
    const first = await staff(prisma, "reviewer");
    const second = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor);

    await transitionMeeting(editor, id, "submit", { version: 1 });
    expect(await prisma.notification.count({ where: { meetingId: id, userId: { in: [first.id, second.id] } } })).toBe(2);

    await transitionMeeting(first, id, "request_changes", { version: 1, comment: "Add the due dates." });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id } })).workingCopy).toBe("changes_requested");
    const sentBack = await prisma.notification.findFirstOrThrow({ where: { meetingId: id, userId: editor.id } });
    expect(sentBack).toMatchObject({ kind: "changes_requested", detail: "Add the due dates." });

    await updateMeeting(editor, id, 1, { ...input, title: "Fixed title" });
    await transitionMeeting(editor, id, "submit", { version: 2, correctionNote: "Corrected." });
    await transitionMeeting(second, id, "approve", { version: 2, noteConfirmed: true });

    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { publishedRevision: true, reviews: true } });
    expect([meeting.workingCopy, meeting.publication]).toEqual(["none", "published"]);
    expect(meeting.publishedRevision?.number).toBe(2);
    expect(meeting.reviews.map((r) => [r.decision, r.reviewerId, r.comment])).toEqual(
      expect.arrayContaining([
        ["changes_requested", first.id, "Add the due dates."],
        ["approved", second.id, ""],
      ]),
    );
    expect(await auditActions(id)).toEqual([
      "meeting.create",
      "meeting.submit",
      "meeting.request_changes",
      "meeting.update",
      "meeting.submit",
      "meeting.approve",
    ]);
    const approval = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "meeting.approve" } });
    expect(approval).toMatchObject({ actorId: second.id, before: { workingCopy: "in_review", publication: "unpublished", version: 2 },
      after: { workingCopy: "none", publication: "published", version: 2 },
    });
  });

  it("refuses self-approval by anyone who created or edited the record", async () => {
    const admin = await staff(prisma, "admin");
    const { id } = await draftMeeting(admin);
    await transitionMeeting(admin, id, "submit", { version: 1 });
    await expect(transitionMeeting(admin, id, "approve", { version: 1 })).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/created or edited/),
    });

    const creator = await staff(prisma, "editor");
    const otherAdmin = await staff(prisma, "admin");
    const second = await draftMeeting(creator);
    await updateMeeting(otherAdmin, second.id, 1, second.input);
    await transitionMeeting(creator, second.id, "submit", { version: 2, correctionNote: "Corrected." });
    await expect(transitionMeeting(otherAdmin, second.id, "approve", { version: 2, noteConfirmed: true })).rejects.toMatchObject({ code: "forbidden" });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: second.id } })).workingCopy).toBe("in_review");
  });

  it("refuses to approve a version other than the one in review", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });
    // The reviewer opened version 1; meanwhile the editor withdraws, changes and resubmits.
    await transitionMeeting(editor, id, "withdraw", { version: 1 });
    await updateMeeting(editor, id, 1, { ...input, summary: "Changed after submission" });
    await transitionMeeting(editor, id, "submit", { version: 2, correctionNote: "Corrected." });
    await expect(transitionMeeting(reviewer, id, "approve", { version: 1 })).rejects.toMatchObject({ code: "conflict" });
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting).toMatchObject({ workingCopy: "in_review", publishedRevisionId: null });
  });

  it("needs a comment to send a record back", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await expect(transitionMeeting(reviewer, id, "request_changes", { version: 1, comment: " " })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("ends a double click or two reviewers at once in one approval", async () => {
    const editor = await staff(prisma, "editor");
    const [a, b] = [await staff(prisma, "reviewer"), await staff(prisma, "reviewer")];
    const { id } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });
    const results = await Promise.allSettled([
      transitionMeeting(a, id, "approve", { version: 1 }),
      transitionMeeting(b, id, "approve", { version: 1 }),
      transitionMeeting(a, id, "approve", { version: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.review.count({ where: { meetingId: id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "meeting.approve" } })).toBe(1);
  });

  // Another request holds the meeting's row (tests/support/row-lock.ts): the
  // approval or save must wait for it and then decide on what it committed.
  it("makes an approval wait for a concurrent withdrawal, then refuses it", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });

    const withdrawal = await lockMeetingElsewhere(url, id);
    await withdrawal.withdraw();
    const approval = watch(transitionMeeting(reviewer, id, "approve", { version: 1 }));
    await untilSomeoneWaitsForALock(url);
    expect(approval.settled).toBe(false);
    await withdrawal.commit();

    await expect(approval.promise).rejects.toMatchObject({ code: "invalid_state" });
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ workingCopy: "draft", publishedRevisionId: null, publishedAt: null });
    expect(await prisma.review.count({ where: { meetingId: id } })).toBe(0);
    expect(await auditActions(id)).toEqual(["meeting.create", "meeting.submit"]);
  });

  it("makes a save wait for a concurrent save, then refuses it as stale", async () => {
    const editor = await staff(prisma, "editor");
    const { id, input } = await draftMeeting(editor);

    const otherSave = await lockMeetingElsewhere(url, id);
    await otherSave.saveNextVersion("Saved first elsewhere");
    const save = watch(updateMeeting(editor, id, 1, { ...input, title: "Saved second here" }));
    await untilSomeoneWaitsForALock(url);
    expect(save.settled).toBe(false);
    await otherSave.commit();

    await expect(save.promise).rejects.toMatchObject({ code: "conflict" });
    const revisions = await prisma.revision.findMany({ where: { meetingId: id }, orderBy: { number: "asc" }, select: { number: true, title: true } });
    expect(revisions).toEqual([
      { number: 1, title: input.title },
      { number: 2, title: "Saved first elsewhere" },
    ]);
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    expect(await auditActions(id)).toEqual(["meeting.create"]);
  });

  it("shows viewers the published version only, while a new draft or review is pending, and nothing once archived", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor, { title: "Published title" });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await transitionMeeting(reviewer, id, "approve", { version: 1 });
    await updateMeeting(editor, id, 1, { ...input, title: "Pending title", summary: "Secret draft text" });

    const viewer = await prisma.user.create({ data: { email: `v-${id}@t.example`, name: "V", role: "viewer" } });
    await actAs(prisma, viewer);
    const readout = await getReadout(id);
    expect(readout?.revision.title).toBe("Published title");
    expect(JSON.stringify(readout)).not.toContain("Secret draft text");
    const titles = (await listReadouts({ page: 1 })).items.map((i) => i.title);
    expect(titles).toContain("Published title");
    expect(titles).not.toContain("Pending title");

    await transitionMeeting(editor, id, "submit", { version: 2, correctionNote: "Retitled." });
    expect((await getReadout(id))?.revision.title).toBe("Published title");

    const unpublished = await draftMeeting(editor, { title: "Never published" });
    await transitionMeeting(editor, unpublished.id, "submit", { version: 1 });
    expect(await getReadout(unpublished.id)).toBeNull();
    expect((await listReadouts({ page: 1 })).items.map((i) => i.title)).not.toContain("Never published");

    await transitionMeeting(reviewer, id, "approve", { version: 2, noteConfirmed: true });
    await transitionMeeting(reviewer, id, "archive", { version: 2, reason: "Superseded." });
    expect(await getReadout(id)).toBeNull();
    await transitionMeeting(reviewer, id, "restore", { version: 2 });
    expect((await getReadout(id))?.revision.title).toBe("Pending title");
  });
});
