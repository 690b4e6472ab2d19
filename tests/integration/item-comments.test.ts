import { beforeAll, describe, expect, it } from "vitest";
import { transitionAction } from "@/app/(app)/meetings/[id]/actions";
import type { Db } from "@/lib/db";
import { listAuditEvents } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import { addItemComment, setItemCommentResolved } from "@/lib/meetings/item-comments";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { fingerprint } from "../support/matrix/fingerprint";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const approveForm = (meetingId: string, version: number, override?: string, seen: string[] = []) => {
  const data = new FormData();
  data.set("meetingId", meetingId);
  data.set("move", "approve");
  data.set("version", String(version));
  if (override !== undefined) data.set("override", override);
  for (const id of seen) data.append("overriddenComment", id);
  return data;
};

const openCommentIds = async (meetingId: string) =>
  (await prisma.itemComment.findMany({ where: { meetingId, resolvedAt: null }, select: { id: true } })).map((c) => c.id);

/** A meeting in review with one open comment on its first commitment. */
async function inReviewWithComment() {
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const { id, input } = await draftMeeting(editor);
  await transitionMeeting(editor, id, "submit", { version: 1 });
  const commitmentKey = input.commitments[0]!.key;
  await addItemComment(reviewer, { meetingId: id, item: { kind: "commitment", key: commitmentKey }, body: "Which rounds, 155 mm?" });
  return { editor, reviewer, id, input, commitmentKey };
}

describe("item comments and approval", () => {
  it("refuses approval while a comment is open, and changes nothing", async () => {
    const { reviewer, id } = await inReviewWithComment();
    await actAs(prisma, reviewer);
    const before = await fingerprint(prisma);
    const result = await transitionAction(null, approveForm(id, 1));
    expect(result).toMatchObject({ ok: false, code: "invalid_state", formError: expect.stringMatching(/1 item comment is not resolved yet/) });
    expect(await fingerprint(prisma)).toEqual(before);
  });

  it("requires a reason to override, then records it in the review and the audit log", async () => {
    const { reviewer, id } = await inReviewWithComment();
    await actAs(prisma, reviewer);
    const before = await fingerprint(prisma);
    expect(await transitionAction(null, approveForm(id, 1, "   "))).toMatchObject({ ok: false, code: "invalid_state" });
    expect(await transitionAction(null, approveForm(id, 1, " \u200b\u2060\ufeff "))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await transitionAction(null, approveForm(id, 1, "x".repeat(1_001)))).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await fingerprint(prisma)).toEqual(before);

    const seen = await openCommentIds(id);
    expect(await transitionAction(null, approveForm(id, 1, "Only a detail; the figure is right.", seen))).toMatchObject({ ok: true });
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { reviews: true } });
    expect(meeting.publication).toBe("published");
    expect(meeting.reviews).toEqual([expect.objectContaining({ decision: "approved", reviewerId: reviewer.id, override: "Only a detail; the figure is right." })]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "meeting.approve" } });
    expect(audit.after).toMatchObject({ override: "Only a detail; the figure is right.", openComments: 1 });
    // Overridden, the comment is closed by the approver: the next correction does not meet it again.
    expect(await prisma.itemComment.findMany({ where: { meetingId: id }, select: { resolvedById: true, resolvedAt: true, overridden: true } })).toEqual([
      { resolvedById: reviewer.id, resolvedAt: expect.any(Date), overridden: true },
    ]);
  });

  it("overrides only the comments the reviewer was shown: one added meanwhile refuses the approval, and nothing changes", async () => {
    const { reviewer, id, commitmentKey } = await inReviewWithComment();
    const seen = await openCommentIds(id);
    const other = await staff(prisma, "reviewer");
    await addItemComment(other, { meetingId: id, item: { kind: "commitment", key: commitmentKey }, body: "And the delivery date?" });
    await actAs(prisma, reviewer);
    const before = await fingerprint(prisma);
    expect(await transitionAction(null, approveForm(id, 1, "Only a detail; the figure is right.", seen))).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringMatching(/2 item comments are open now, not the ones you saw/),
    });
    expect(await fingerprint(prisma)).toEqual(before);
    expect(await transitionAction(null, approveForm(id, 1, "Both are details.", await openCommentIds(id)))).toMatchObject({ ok: true });
  });

  it("finds the comment again in the next version by the item's key; resolving it lets approval through", async () => {
    const { editor, reviewer, id, input, commitmentKey } = await inReviewWithComment();
    await transitionMeeting(reviewer, id, "request_changes", { version: 1, comment: "See the item comment." });
    await updateMeeting(editor, id, 1, { ...input, commitments: [{ ...input.commitments[0]!, description: "155 mm rounds" }] });
    const [comment] = await prisma.itemComment.findMany({ where: { meetingId: id } });
    const v2 = await prisma.revision.findFirstOrThrow({ where: { meetingId: id, number: 2 }, include: { commitments: true } });
    expect(v2.commitments.map((c) => c.key)).toEqual([commitmentKey]);
    expect(comment!.itemKey).toBe(commitmentKey);

    await expect(setItemCommentResolved(reviewer, comment!.id, true)).rejects.toMatchObject({ code: "forbidden" });
    await setItemCommentResolved(editor, comment!.id, true);
    await transitionMeeting(editor, id, "submit", { version: 2 });
    await transitionMeeting(reviewer, id, "approve", { version: 2 });
    const review = await prisma.review.findFirstOrThrow({ where: { meetingId: id, decision: "approved" } });
    expect(review.override).toBe("");
  });

  it("a reviewer reopens a resolved comment, which blocks approval again", async () => {
    const { editor, reviewer, id } = await inReviewWithComment();
    const comment = await prisma.itemComment.findFirstOrThrow({ where: { meetingId: id } });
    await setItemCommentResolved(editor, comment.id, true);
    await setItemCommentResolved(reviewer, comment.id, false);
    await expect(transitionMeeting(reviewer, id, "approve", { version: 1 })).rejects.toBeInstanceOf(AppError);
  });

  it("refuses a comment on an item that is not in the version under review", async () => {
    const { reviewer, id } = await inReviewWithComment();
    await expect(addItemComment(reviewer, { meetingId: id, item: { kind: "participant", key: "no-such-key" }, body: "?" })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("tells the audit log in words", async () => {
    const { reviewer, id, input } = await inReviewWithComment();
    const admin = await staff(prisma, "admin");
    await actAs(prisma, admin);
    const { items } = await listAuditEvents({ entity: id, action: undefined, actor: undefined, from: undefined, to: undefined }, 1);
    expect(items.map((e) => e.sentence)).toEqual([
      `${reviewer.name} commented on the commitment “Poland: Ammunition” in version 1 of “${input.title}”.`,
      expect.stringMatching(/submitted version 1 of “.*” for review\.$/),
      expect.stringMatching(/recorded “.*” as a draft\.$/),
    ]);
  });
});
