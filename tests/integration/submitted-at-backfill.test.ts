import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

// The migration's data part, run again on rows written as before it existed.
const backfill = readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261201070000_item_comments_and_queue/migration.sql"), "utf8")
  .split(/^-- Backfill.*$/m)[1]!
  .replace(/--.*$/gm, "")
  .split(";")
  .map((statement) => statement.trim())
  .filter(Boolean);

it("fills a meeting's submission time from its newest submit entry, else from its last change if it is in review", async () => {
  const at = (day: number) => new Date(Date.UTC(2026, 9, day));
  const [resubmitted, unlogged, draft] = await Promise.all([
    prisma.meeting.create({ data: { workingCopy: "in_review" } }),
    prisma.meeting.create({ data: { workingCopy: "in_review" } }),
    prisma.meeting.create({ data: { workingCopy: "draft" } }),
  ]);
  await prisma.auditEvent.createMany({
    data: [
      { action: "meeting.submit", entityType: "meeting", entityId: resubmitted.id, at: at(1) },
      { action: "meeting.submit", entityType: "meeting", entityId: resubmitted.id, at: at(5) },
      { action: "meeting.approve", entityType: "meeting", entityId: resubmitted.id, at: at(9) },
    ],
  });
  expect(backfill).toHaveLength(2);
  for (const statement of backfill) await prisma.$executeRawUnsafe(statement);
  const after = async (id: string) => (await prisma.meeting.findUniqueOrThrow({ where: { id } })).submittedAt;
  expect(await after(resubmitted.id)).toEqual(at(5));
  expect(await after(unlogged.id)).toEqual(unlogged.updatedAt);
  expect(await after(draft.id)).toBeNull();
});
