import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listReviewQueue, parseQueueQuery } from "@/lib/dal/review-queue";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
const ids: string[] = [];
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  const editor = await staff(prisma, "editor");
  // 23 records in review, submitted a day apart: number 0 has waited longest. Two are of another series.
  for (let n = 0; n < 23; n++) {
    const { id } = await draftMeeting(editor, { title: `Queue ${String(22 - n).padStart(2, "0")}`, ...(n >= 21 ? { series: "NATO summit" } : {}) });
    await transitionMeeting(editor, id, "submit", { version: 1 });
    await prisma.meeting.update({ where: { id }, data: { submittedAt: new Date(Date.UTC(2026, 9, 1 + n)) } });
    ids.push(id);
  }
  await draftMeeting(editor, { title: "Never submitted" });
  await actAs(prisma, await staff(prisma, "reviewer"));
});

describe("the review queue", () => {
  it("records when a record went into review", async () => {
    const editor = await staff(prisma, "editor");
    const { id } = await draftMeeting(editor);
    const before = Date.now();
    await transitionMeeting(editor, id, "submit", { version: 1 });
    const { submittedAt } = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(submittedAt!.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    await transitionMeeting(editor, id, "withdraw", { version: 1 });
  });

  it("lists the longest waiting first, 20 a page, and reaches the 21st", async () => {
    const first = await listReviewQueue(parseQueueQuery({}), 1);
    expect(first.waiting).toBe(23);
    expect(first.matching).toBe(23);
    expect(first.items.map((i) => i.id)).toEqual(ids.slice(0, 20));
    const second = await listReviewQueue(parseQueueQuery({}), 2);
    expect(second.items.map((i) => i.id)).toEqual(ids.slice(20));
  });

  it("sorts newest first, or by title", async () => {
    expect((await listReviewQueue(parseQueueQuery({ sort: "newest" }), 1)).items[0]!.id).toBe(ids[22]);
    const byTitle = await listReviewQueue(parseQueueQuery({ sort: "title" }), 1);
    expect(byTitle.items.slice(0, 3).map((i) => i.title)).toEqual(["Queue 00", "Queue 01", "Queue 02"]);
  });

  it("filters by series and counts both what matches and what waits", async () => {
    const nato = await listReviewQueue(parseQueueQuery({ series: "NATO summit" }), 1);
    expect(nato).toMatchObject({ waiting: 23, matching: 2 });
    expect(nato.items.map((i) => i.id)).toEqual(ids.slice(21));
    expect(nato.series).toEqual(["NATO summit", "Ukraine Defense Contact Group"]);
  });

  it("falls back to the default sort for anything else", () => {
    expect(parseQueueQuery({ sort: "drop table" })).toEqual({ sort: "oldest" });
  });
});
