import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getMeeting, getMeetingHistory, listMeetings } from "@/lib/dal/meetings";
import { countUnreadNotifications, listNotifications } from "@/lib/dal/notifications";
import { getReadout } from "@/lib/dal/readouts";
import { addComment } from "@/lib/meetings/comments";
import { addItemComment, setItemCommentResolved } from "@/lib/meetings/item-comments";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

describe("discarding a draft", () => {
  it("removes a never-published draft from every list, count and notice, and keeps it in the audit log", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor, { title: "A draft to throw away" });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await addItemComment(reviewer, { meetingId: id, item: { kind: "commitment", key: input.commitments[0]!.key }, body: "Which rounds?" });
    await transitionMeeting(reviewer, id, "request_changes", { version: 1, comment: "Start again." });
    const itemComment = await prisma.itemComment.findFirstOrThrow({ where: { meetingId: id } });

    // A comment of invisible characters is no comment.
    await expect(addComment(editor, id, "\u200b\u3000\u3164")).rejects.toMatchObject({ code: "invalid_input" });
    await actAs(prisma, reviewer);
    const reviewerUnread = await countUnreadNotifications();
    expect((await listNotifications(1)).items.map((n) => n.message).join()).toContain("A draft to throw away");
    await actAs(prisma, editor);
    const allBefore = await listMeetings("all", 1);
    expect(allBefore.items.map((m) => m.id)).toContain(id);
    const sentBack = await listMeetings("changes-requested", 1);
    expect(sentBack.items.map((m) => [m.id, m.changeRequest])).toEqual([[id, { comment: "Start again.", reviewerName: reviewer.name }]]);
    expect((await listMeetings("my-drafts", 1)).total).toBe(1);

    await transitionMeeting(editor, id, "discard", { version: 1 });

    const all = await listMeetings("all", 1);
    expect(all.items.map((m) => m.id)).not.toContain(id);
    expect(all.total).toBe(allBefore.total - 1);
    expect((await listMeetings("my-drafts", 1)).total).toBe(0);
    expect((await listMeetings("changes-requested", 1)).total).toBe(0);
    expect(await getMeeting(id)).toBeNull();
    expect(await getMeetingHistory(id)).toBeNull();
    expect((await listNotifications(1)).items.map((n) => n.message).join()).not.toContain("A draft to throw away");
    await actAs(prisma, reviewer);
    expect(await countUnreadNotifications()).toBe(reviewerUnread - 1);
    expect((await listNotifications(1)).items.map((n) => n.message).join()).not.toContain("A draft to throw away");

    // Nothing can be done to it any more.
    await expect(updateMeeting(editor, id, 1, input)).rejects.toMatchObject({ code: "not_found" });
    await expect(transitionMeeting(editor, id, "submit", { version: 1 })).rejects.toMatchObject({ code: "not_found" });
    await expect(addComment(editor, id, "Hello")).rejects.toMatchObject({ code: "not_found" });
    await expect(setItemCommentResolved(editor, itemComment.id, true)).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.itemComment.findUniqueOrThrow({ where: { id: itemComment.id } })).resolvedAt).toBeNull();

    const audit = await prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["meeting.create", "meeting.submit", "meeting.item_comment", "meeting.request_changes", "meeting.discard"]);
    expect(await prisma.revision.count({ where: { meetingId: id } })).toBe(1);
  });

  it("drops the draft of a published record and keeps the published version for readers and staff", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor, { title: "Published title" });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await transitionMeeting(reviewer, id, "approve", { version: 1 });
    await updateMeeting(editor, id, 1, { ...input, title: "Draft title" });

    await transitionMeeting(editor, id, "discard", { version: 2 });

    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting).toMatchObject({ workingCopy: "none", publication: "published", version: 1, discardedAt: null });
    await actAs(prisma, editor);
    expect((await getMeeting(id))?.revision.title).toBe("Published title");
    await actAs(prisma, await createUser(prisma, "viewer"));
    expect((await getReadout(id))?.revision.title).toBe("Published title");

    // The next save starts from the published version and takes the next free number.
    await updateMeeting(editor, id, 1, { ...input, title: "New draft title" });
    const revisions = await prisma.revision.findMany({ where: { meetingId: id }, orderBy: { number: "asc" }, select: { number: true, title: true } });
    expect(revisions).toEqual([
      { number: 1, title: "Published title" },
      { number: 2, title: "Draft title" },
      { number: 3, title: "New draft title" },
    ]);
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id } })).version).toBe(3);
  });

  it("refuses to discard a copy in review, by a reviewer, or from a stale page", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor);
    await expect(transitionMeeting(reviewer, id, "discard", { version: 1 })).rejects.toMatchObject({ code: "forbidden" });
    await updateMeeting(editor, id, 1, input);
    await expect(transitionMeeting(editor, id, "discard", { version: 1 })).rejects.toMatchObject({ code: "conflict" });
    await transitionMeeting(editor, id, "submit", { version: 2 });
    await expect(transitionMeeting(editor, id, "discard", { version: 2 })).rejects.toMatchObject({ code: "invalid_state" });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id } })).discardedAt).toBeNull();
  });
});
