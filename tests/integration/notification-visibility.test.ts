import { beforeAll, describe, expect, it } from "vitest";
import { GET as openNotice } from "@/app/(app)/notifications/[id]/route";
import { countUnreadNotifications, listNotifications, openNotification } from "@/lib/dal/notifications";
import type { Db } from "@/lib/db";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { changeRole } from "@/lib/users/manage-users";
import { freshDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { redirectTarget } from "../support/forms";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const DRAFT_TITLE = "Draft title only staff may read";
const messages = async () => (await listNotifications(1)).items.map((n) => n.message);

describe("notifications show only what the reader may see now", () => {
  it("a reviewer demoted to viewer no longer sees a notice about a record in review, nor counts it", async () => {
    const admin = await staff(prisma, "admin");
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id } = await draftMeeting(editor, { title: DRAFT_TITLE });
    await transitionMeeting(editor, id, "submit", { version: 1 });

    await actAs(prisma, reviewer);
    expect(await messages()).toEqual([`“${DRAFT_TITLE}” awaits your review.`]);
    expect(await countUnreadNotifications()).toBe(1);

    await changeRole(admin, reviewer.id, "viewer");
    expect(await listNotifications(1)).toEqual({ items: [], total: 0 });
    expect(await countUnreadNotifications()).toBe(0);
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: reviewer.id, meetingId: id } });
    expect(await openNotification(notice.id)).toBeNull();
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).toBeNull();
  });

  it("once the record is published, the reader sees the notice with the published title, never a draft's", async () => {
    const admin = await staff(prisma, "admin");
    const editor = await staff(prisma, "editor");
    const [first, second] = [await staff(prisma, "reviewer"), await staff(prisma, "reviewer")];
    const published = await draftMeeting(editor, { title: "Published title" });
    await transitionMeeting(editor, published.id, "submit", { version: 1 });
    await transitionMeeting(first, published.id, "approve", { version: 1 });
    await updateMeeting(editor, published.id, 1, { ...published.input, title: DRAFT_TITLE });
    await transitionMeeting(editor, published.id, "submit", { version: 2, correctionNote: "Corrected." });

    await actAs(prisma, second);
    expect(await messages()).toContain(`“${DRAFT_TITLE}” awaits your review.`);

    await changeRole(admin, second.id, "viewer");
    // One notice for each submission; both name the title the viewer may read.
    expect(await messages()).toEqual(["“Published title” awaits your review.", "“Published title” awaits your review."]);
    expect(await countUnreadNotifications()).toBe(2);

    // Following it leads to the readout, which a viewer may open, not the staff page.
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: second.id } });
    const followed = await openNotice(new Request("http://readout.test/"), { params: Promise.resolve({ id: notice.id }) }).catch(redirectTarget);
    expect(followed).toBe(`/readouts/${published.id}`);

    // Approved, the new title is the published one; archived, the readout is gone and so is the notice.
    await transitionMeeting(first, published.id, "approve", { version: 2, noteConfirmed: true });
    expect(await messages()).toEqual([`“${DRAFT_TITLE}” awaits your review.`, `“${DRAFT_TITLE}” awaits your review.`]);
    await transitionMeeting(first, published.id, "archive", { version: 2, reason: "Superseded." });
    expect(await messages()).toEqual([]);
    expect(await countUnreadNotifications()).toBe(0);
  });

  it("staff see notices about drafts, with the record's newest title", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { id, input } = await draftMeeting(editor, { title: "First title" });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await transitionMeeting(reviewer, id, "request_changes", { version: 1, comment: "Fix the title." });
    await updateMeeting(editor, id, 1, { ...input, title: "Second title" });

    await actAs(prisma, editor);
    expect(await messages()).toEqual([`${reviewer.name} asked for changes to “Second title”: Fix the title.`]);
  });
});
