import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";

const MIGRATION = readFileSync(
  path.resolve(import.meta.dirname, "../../prisma/migrations/20261201050000_meeting_time_zones_and_sources/migration.sql"),
  "utf8",
);
// The data part: from the first statement that reads the free-text sources to the end.
const DATA_PART = MIGRATION.slice(MIGRATION.indexOf("WITH used AS"));

let prisma: Db;
let url: string;
beforeAll(async () => {
  ({ prisma, url } = await freshDatabase());
});

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

describe("the migration of free-text commitment sources", () => {
  it("makes one source per distinct text of a revision, keyed the same in every version, and links the commitments", async () => {
    // The column as it was before the migration.
    await sql(`ALTER TABLE "Commitment" ADD COLUMN "source" TEXT NOT NULL DEFAULT ''`);
    const meeting = await prisma.meeting.create({ data: { workingCopy: "draft", version: 2 } });
    const texts = [["Press release", " https://example.org/a ", "Press release", ""], ["Press release", "Minister's speech"]];
    for (const [i, sources] of texts.entries()) {
      const revision = await prisma.revision.create({
        data: { meetingId: meeting.id, number: i + 1, title: "Old", series: "S", startsAt: new Date("2026-05-05T09:00:00Z"), location: "", chair: "", summary: "", implications: "" },
      });
      for (const [position, source] of sources.entries()) {
        await sql(
          `INSERT INTO "Commitment" (id, key, "revisionId", position, party, kind, description, source) VALUES ($1, $2, $3, $4, 'Poland', 'military', 'Shells', $5)`,
          [`c-${i}-${position}`, `k-${position}`, revision.id, position, source],
        );
      }
    }

    await sql(DATA_PART);

    const revisions = await prisma.revision.findMany({
      where: { meetingId: meeting.id },
      orderBy: { number: "asc" },
      include: { sources: { orderBy: { position: "asc" } }, commitments: { orderBy: { position: "asc" } } },
    });
    const [first, second] = revisions;
    expect(first!.sources.map((s) => [s.title, s.url])).toEqual([["Press release", ""], ["https://example.org/a", "https://example.org/a"]]);
    expect(second!.sources.map((s) => s.title)).toEqual(["Press release", "Minister's speech"]);
    // The same text keeps its key across versions; keys are the UUIDs the form expects.
    expect(second!.sources[0]!.key).toBe(first!.sources[0]!.key);
    for (const s of [...first!.sources, ...second!.sources]) expect(s.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    const titleOf = (revision: typeof first, sourceId: string | null) => revision!.sources.find((s) => s.id === sourceId)?.title ?? null;
    expect(first!.commitments.map((c) => titleOf(first, c.sourceId))).toEqual(["Press release", "https://example.org/a", "Press release", null]);
    expect(second!.commitments.map((c) => titleOf(second, c.sourceId))).toEqual(["Press release", "Minister's speech"]);
    const column = await sql(`SELECT 1 FROM information_schema.columns WHERE table_name = 'Commitment' AND column_name = 'source'`);
    expect(column.rowCount).toBe(0);
  });
});
