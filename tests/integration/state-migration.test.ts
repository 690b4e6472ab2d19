import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The migration that split Meeting.status in two (decision 0024), run on rows
// written the way Readout stored them before it.
const DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const SPLIT = "20261201060000_working_copy_and_publication";
const sql = (name: string) => readFileSync(path.join(DIR, name, "migration.sql"), "utf8");

let client: pg.Client;
beforeAll(async () => {
  const target = new URL(process.env.TEST_ADMIN_URL!);
  target.pathname = `/m_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_ADMIN_URL! });
  await admin.connect();
  await admin.query(`create database "${target.pathname.slice(1)}"`);
  await admin.end();
  client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  const earlier = readdirSync(DIR).filter((name) => name < SPLIT && !name.includes(".")).sort();
  for (const name of earlier) await client.query(sql(name));
});
afterAll(async () => client?.end());

const day = (n: number) => new Date(Date.UTC(2026, 9, n, 12));

async function meeting(id: string, status: string, version: number) {
  await client.query(`INSERT INTO "Meeting" (id, status, version, "updatedAt") VALUES ($1, $2::"MeetingStatus", $3, now())`, [id, status, version]);
}
async function revision(meetingId: string, number: number) {
  const id = `${meetingId}-r${number}`;
  await client.query(
    `INSERT INTO "Revision" (id, "meetingId", number, title, series, "startsAt", location, chair, summary, implications)
     VALUES ($1, $2, $3, $4, 'Series', now(), 'Brussels', '', '', '')`,
    [id, meetingId, number, `${meetingId} v${number}`],
  );
  return id;
}
async function review(meetingId: string, revisionId: string, decision: string, at: Date) {
  await client.query(
    `INSERT INTO "Review" (id, "meetingId", "revisionId", decision, "createdAt") VALUES ($1, $2, $3, $4::"ReviewDecision", $5)`,
    [`${revisionId}-${decision}-${at.getTime()}`, meetingId, revisionId, decision, at],
  );
}
async function publish(meetingId: string, revisionId: string, at: Date) {
  await review(meetingId, revisionId, "approved", at);
  await client.query(`UPDATE "Meeting" SET "publishedRevisionId" = $2, "publishedAt" = $3 WHERE id = $1`, [meetingId, revisionId, at]);
}

describe("splitting a meeting's status into its working copy and its publication", () => {
  it("derives both states and the publication dates from the revisions and reviews", async () => {
    // Published, nothing pending.
    await meeting("published", "published", 1);
    await publish("published", await revision("published", 1), day(1));
    // Published, then edited: a draft working copy.
    await meeting("edited", "draft", 2);
    await publish("edited", await revision("edited", 1), day(2));
    await revision("edited", 2);
    // Published, then a new version submitted.
    await meeting("resubmitted", "in_review", 2);
    await publish("resubmitted", await revision("resubmitted", 1), day(3));
    await revision("resubmitted", 2);
    // Never published, sent back by a reviewer.
    await meeting("sent-back", "draft", 1);
    const sentBack = await revision("sent-back", 1);
    await review("sent-back", sentBack, "changes_requested", day(4));
    // Sent back, then saved again: still a plain draft once it was saved after the request.
    await meeting("saved-after", "draft", 2);
    await review("saved-after", await revision("saved-after", 1), "changes_requested", day(4));
    await revision("saved-after", 2);
    // Archived.
    await meeting("archived", "archived", 1);
    await publish("archived", await revision("archived", 1), day(5));
    // Corrected: version 1 published first, version 2 later.
    await meeting("corrected", "published", 2);
    const firstVersion = await revision("corrected", 1);
    await publish("corrected", firstVersion, day(6));
    await publish("corrected", await revision("corrected", 2), day(8));
    // A plain draft.
    await meeting("draft", "draft", 1);
    await revision("draft", 1);

    await client.query(sql(SPLIT));

    const { rows } = await client.query<{ id: string; workingCopy: string; publication: string; firstPublishedAt: Date | null; publishedAt: Date | null }>(
      `SELECT id, "workingCopy", publication, "firstPublishedAt", "publishedAt" FROM "Meeting" ORDER BY id`,
    );
    const states = Object.fromEntries(rows.map((r) => [r.id, `${r.workingCopy}/${r.publication}`]));
    expect(states).toEqual({
      archived: "none/archived",
      corrected: "none/published",
      draft: "draft/unpublished",
      edited: "draft/published",
      published: "none/published",
      resubmitted: "in_review/published",
      "saved-after": "draft/unpublished",
      "sent-back": "changes_requested/unpublished",
    });
    const corrected = rows.find((r) => r.id === "corrected")!;
    expect([corrected.firstPublishedAt, corrected.publishedAt]).toEqual([day(6), day(8)]);
    expect(rows.find((r) => r.id === "draft")!.firstPublishedAt).toBeNull();

    const versions = await client.query<{ id: string; publishedAt: Date | null }>(
      `SELECT id, "publishedAt" FROM "Revision" WHERE "meetingId" IN ('corrected', 'edited') ORDER BY id`,
    );
    expect(versions.rows).toEqual([
      { id: "corrected-r1", publishedAt: day(6) },
      { id: "corrected-r2", publishedAt: day(8) },
      { id: "edited-r1", publishedAt: day(2) },
      { id: "edited-r2", publishedAt: null },
    ]);
  });
});
