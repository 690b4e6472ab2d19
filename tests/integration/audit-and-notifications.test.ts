import { beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents, parseAuditFilters } from "@/lib/dal/audit";
import { countUnreadNotifications, listNotifications, markNotificationsRead, openNotification } from "@/lib/dal/notifications";
import type { Db } from "@/lib/db";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

describe("audit log browsing", () => {
  it("filters by action, actor, record and date, for admins only", async () => {
    const editor = await staff(prisma, "editor");
    const { id } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });

    await actAs(prisma, await createUser(prisma, "admin"));
    const today = new Date().toISOString().slice(0, 10);
    const bySubmit = await listAuditEvents(parseAuditFilters({ action: "meeting.submit", from: today, to: today }), 1);
    expect(bySubmit.items.map((e) => e.entityId)).toEqual([id]);
    const byActor = await listAuditEvents(parseAuditFilters({ actor: editor.email.toUpperCase() }), 1);
    expect(byActor.items.map((e) => e.action).sort()).toEqual(["meeting.create", "meeting.submit"]);
    const byRecord = await listAuditEvents(parseAuditFilters({ entity: id }), 1);
    expect(byRecord.total).toBe(2);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await listAuditEvents(parseAuditFilters({ to: yesterday }), 1)).total).toBe(0);

    for (const role of ["editor", "reviewer", "viewer"] as const) {
      await actAs(prisma, await createUser(prisma, role));
      await expect(listAuditEvents(parseAuditFilters({}), 1)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("ignores unknown filter values instead of failing", () => {
    expect(parseAuditFilters({ action: "drop table", from: "yesterday", to: "2026-13-45", actor: ["a@b", "c"] })).toEqual({
      action: undefined,
      actor: "a@b",
      entity: undefined,
      from: undefined,
      to: undefined,
    });
  });
});

describe("notifications", () => {
  it("are read and marked only by their owner", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await createUser(prisma, "reviewer");
    const { id } = await draftMeeting(editor);
    await transitionMeeting(editor, id, "submit", { version: 1 });
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: reviewer.id, meetingId: id } });

    await actAs(prisma, await createUser(prisma, "editor"));
    await markNotificationsRead([notice.id]);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).toBeNull();
    expect((await listNotifications(1)).items).toEqual([]);

    expect(await openNotification(notice.id)).toBeNull(); // someone else's
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).toBeNull();

    await actAs(prisma, reviewer);
    expect(await openNotification(notice.id)).toBe(`/meetings/${id}`);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: notice.id } })).readAt).not.toBeNull();
    await transitionMeeting(editor, id, "withdraw", { version: 1 });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    expect(await countUnreadNotifications()).toBeGreaterThanOrEqual(1);
    await markNotificationsRead("all");
    expect(await countUnreadNotifications()).toBe(0);
  });
});
