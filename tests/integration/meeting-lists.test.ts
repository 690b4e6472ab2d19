import { beforeAll, describe, expect, it } from "vitest";
import { listMeetings } from "@/lib/dal/meetings";
import { listReadouts } from "@/lib/dal/readouts";
import { listReviewQueue } from "@/lib/dal/review-queue";
import type { Db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser } from "../support/factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await seedDemoData(prisma);
});

describe("readout and meeting lists", () => {
  it("shows viewers published readouts only", async () => {
    await actAs(prisma, await createUser(prisma, "viewer"));
    const { items, total } = await listReadouts({ page: 1 });
    const published = await prisma.meeting.count({ where: { publishedRevisionId: { not: null } } });
    expect(total).toBe(published);
    expect(items.map((i) => i.title)).not.toContain("Contact Group: demining and humanitarian access");
    expect(items.map((i) => i.title)).not.toContain("Nordic-Baltic coordination on training");
    expect(items[0]!.startsAt.getTime()).toBeGreaterThanOrEqual(items.at(-1)!.startsAt.getTime());
  });

  it("refuses staff lists to viewers and review queues to editors", async () => {
    await actAs(prisma, await createUser(prisma, "viewer"));
    await expect(listMeetings("all", 1)).rejects.toMatchObject({ code: "forbidden" });
    await actAs(prisma, await createUser(prisma, "editor"));
    await expect(listReviewQueue({ sort: "oldest" }, 1)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses everything when signed out", async () => {
    actAsNobody();
    await expect(listReadouts({ page: 1 })).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("lists drafts by their editor and the review queue for reviewers", async () => {
    const editor = await prisma.user.findUniqueOrThrow({ where: { email: "editor@readout.example" } });
    await actAs(prisma, editor);
    const drafts = await listMeetings("my-drafts", 1);
    expect(drafts.items.map((i) => i.state)).toEqual([{ workingCopy: "draft", publication: "unpublished" }]);
    await actAs(prisma, await createUser(prisma, "reviewer"));
    const queue = await listReviewQueue({ sort: "oldest" }, 1);
    expect(queue.items.map((i) => i.title)).toEqual(["Nordic-Baltic coordination on training"]);
  });

  it("returns an empty page past the end", async () => {
    await actAs(prisma, await createUser(prisma, "viewer"));
    expect((await listReadouts({ page: 999 })).items).toEqual([]);
  });
});

describe("pagination of staff lists", () => {
  it("pages all meetings twenty at a time, newest first", async () => {
    const { prisma: own } = await freshDatabase();
    const editor = await createUser(own, "editor");
    for (let i = 0; i < 23; i++) {
      await own.meeting.create({
        data: {
          createdById: editor.id,
          revisions: { create: { number: 1, editorId: editor.id, title: `M${i}`, series: "S", startsAt: new Date(), location: "", chair: "", summary: "", implications: "" } },
        },
      });
    }
    await actAs(own, editor);
    const first = await listMeetings("all", 1);
    const second = await listMeetings("all", 2);
    expect(first.total).toBe(23);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((m) => m.id)).size).toBe(23);
    expect((await listMeetings("my-drafts", 1)).total).toBe(23);
  });
});
