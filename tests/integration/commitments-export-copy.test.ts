import { parse } from "csv-parse/sync";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listCsv } from "@/app/(app)/readouts/commitments.csv/route";
import type { CurrentUser } from "@/lib/auth/current-user";
import { csvLine, spreadsheetText, spreadsheetTextSql } from "@/lib/csv";
import type { Db } from "@/lib/db";
import { COPY_SLOTS } from "@/lib/db-copy";
import { EXPORTS_BUSY, exportCommitments } from "@/lib/dal/exports";
import { Prisma } from "@/lib/generated/prisma/client";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { commitmentsCsv, type CsvCommitment } from "@/lib/readouts/export-csv";
import { joinPublishedMeeting } from "@/lib/readouts/published";
import { parseReadoutQuery } from "@/lib/readouts/query";
import { sqlLiteral } from "@/lib/sql-literal";
import { meetingIsoDay } from "@/lib/time/format";
import type { MeetingInput } from "@/lib/validation/meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser, meetingInput } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

// The export as Postgres writes it (COPY): the same bytes as the app's own CSV
// writer for the same rows, every row, at most COPY_SLOTS at once, and a
// client that goes away frees its connection.

let prisma: Db;
let url: string;
let editor: CurrentUser;
let reviewer: CurrentUser;
const meetings: string[] = [];
const BULK = 60_000;

const NASTY = [
  "=HYPERLINK(\"http://evil.test\",\"click\")",
  "+44 20 7946 0000",
  "-2+3",
  "@SUM(A1:A9)",
  "\tTabbed",
  "\rReturned",
  "\r\nBoth",
  " =not at the start",
  "'already quoted",
  "a, b and \"c\"",
  "line\nbreak",
  "back\\slash \\. and E'\\t'",
  "\\.",
  "Ünïcödé = fine",
  "'; DROP TABLE \"Commitment\"; --",
  "",
];

async function publish(input: Partial<MeetingInput>) {
  const meeting = await draftMeeting(editor, meetingInput(input));
  await transitionMeeting(editor, meeting.id, "submit", { version: 1 });
  await transitionMeeting(reviewer, meeting.id, "approve", { version: 1 });
  meetings.push(meeting.id);
  return meeting.id;
}

const revisionOf = async (meetingId: string) =>
  (await prisma.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { publishedRevisionId: true } })).publishedRevisionId!;

beforeAll(async () => {
  ({ prisma, url } = await freshDatabase());
  editor = await staff(prisma, "editor");
  reviewer = await staff(prisma, "reviewer");
  // Late evening in Auckland is the next day in UTC terms; early morning UTC is the day before in Los Angeles.
  const auckland = await revisionOf(await publish({ title: "Auckland", timeZone: "Pacific/Auckland", startsAt: "2026-03-15T20:30:00Z" }));
  const angeles = await revisionOf(await publish({ title: "Los Angeles", timeZone: "America/Los_Angeles", startsAt: "2026-03-16T03:00:00Z" }));
  const bulk = await revisionOf(await publish({ title: "Bulk", startsAt: "2026-01-02T00:00:00Z", series: "O'Brien \\ group" }));
  await prisma.$executeRaw`UPDATE "Revision" SET "hasTime" = false WHERE id = ${bulk}`;
  // Text that a spreadsheet would run, or a CSV writer must quote, in every text cell.
  const [first] = await prisma.commitment.findMany({ where: { revisionId: auckland }, select: { id: true } });
  await prisma.$executeRaw`
    INSERT INTO "Commitment" SELECT (jsonb_populate_record(NULL::"Commitment", to_jsonb(c) || jsonb_build_object(
      'id', 'nasty' || n, 'key', 'nasty' || n, 'position', 100 + n, 'party', t, 'description', t, 'unit', t,
      'amount', CASE WHEN n % 2 = 0 THEN 1234.5 + n END, 'currency', CASE WHEN n % 2 = 0 THEN 'EUR' END, 'dueDate', CASE WHEN n % 3 = 0 THEN '2027-02-28' END,
      'pledgeId', NULL))).*
    FROM "Commitment" c, unnest(${NASTY}::text[]) WITH ORDINALITY AS v(t, n) WHERE c.id = ${first!.id}`;
  for (const [i, text] of NASTY.entries()) {
    const source = `source${i}`;
    await prisma.$executeRaw`INSERT INTO "Source" (id, key, "revisionId", position, title, url) VALUES (${source}, ${source}, ${angeles}, ${i}, ${text}, ${text})`;
  }
  await prisma.$executeRaw`UPDATE "Commitment" SET "sourceId" = 'source0' WHERE "revisionId" = ${angeles}`;
  await prisma.$executeRaw`UPDATE "Revision" SET title = ${NASTY[0]} WHERE id = ${angeles}`;
  // Many more rows than one network read or socket buffer holds.
  await prisma.$executeRaw`
    INSERT INTO "Commitment" SELECT (jsonb_populate_record(NULL::"Commitment", to_jsonb(c) || jsonb_build_object(
      'id', 'bulk' || g, 'key', 'bulk' || g, 'position', 100 + g, 'description', 'Bulk commitment number ' || g, 'pledgeId', NULL))).*
    FROM "Commitment" c, generate_series(1, ${BULK}) g WHERE c."revisionId" = ${bulk}`;
  await actAs(prisma, await createUser(prisma, "viewer"));
}, 120_000);

afterAll(async () => {
  for (const sql of Object.values(held)) await sql.end();
});

/** The rows as the app's JavaScript CSV writer writes them, read with bound parameters. */
async function writtenInNode(revisions = Prisma.sql`TRUE`): Promise<string> {
  const rows = await prisma.$queryRaw<
    (Omit<CsvCommitment, "meetingTitle" | "meetingDay" | "source"> & { title: string; startsAt: Date; timeZone: string; hasTime: boolean; sourceTitle: string | null; sourceUrl: string | null })[]
  >`SELECT r.title, r.number AS version, r."startsAt", r."timeZone", r."hasTime", c.party, c.kind::text AS kind, c.description, c.amount::text AS amount,
           c.currency, c.quantity, c.unit, c."dueDate", c.status::text AS status, s.title AS "sourceTitle", s.url AS "sourceUrl"
    FROM "Revision" r ${Prisma.raw(joinPublishedMeeting())} JOIN "Commitment" c ON c."revisionId" = r.id LEFT JOIN "Source" s ON s.id = c."sourceId"
    WHERE ${revisions} ORDER BY r."startsAt" DESC, r.id, c.position`;
  return commitmentsCsv(
    rows.map((r) => ({ ...r, meetingTitle: r.title, meetingDay: meetingIsoDay(r), source: r.sourceTitle === null ? null : { title: r.sourceTitle, url: r.sourceUrl ?? "" } })),
  );
}

const exported = async (raw: Record<string, string> = {}) => new Response(await exportCommitments(parseReadoutQuery(raw).query)).text();

// Other connections, standing for other app instances or for the test's own look at Postgres.
const held: Record<string, pg.Client> = {};
async function connection(name: string): Promise<pg.Client> {
  if (!held[name]) {
    held[name] = new pg.Client({ connectionString: url });
    await held[name].connect();
  }
  return held[name];
}

async function slotsTaken(): Promise<number> {
  const { rows } = await (await connection("watch")).query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
     WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted AND d.datname = current_database()`,
  );
  return rows[0]!.n;
}

async function copiesRunning(): Promise<number> {
  const { rows } = await (await connection("watch")).query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND state = 'active'`,
  );
  return rows[0]!.n;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("Timed out waiting.");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the commitments export written by Postgres", () => {
  it("is byte for byte what the app's CSV writer makes of the same rows: header, order, days, amounts, quoting and formula starts", async () => {
    const csv = await exported();
    expect(csv).toBe(await writtenInNode());
    expect(csv.startsWith("Meeting,Meeting date,Version,Pledged by,Kind,Description,Amount,Currency,Quantity,Unit,Due,Status,Source,Source address\n")).toBe(true);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(BULK + 1 + 1 + NASTY.length + 1);
    expect(new Set(rows.filter((r) => r.Meeting === "Auckland").map((r) => r["Meeting date"]))).toEqual(new Set(["2026-03-16"]));
    expect(new Set(rows.filter((r) => r.Meeting === `'${NASTY[0]}`).map((r) => r["Meeting date"]))).toEqual(new Set(["2026-03-15"]));
    expect(rows.find((r) => r.Amount === "1236.50")).toMatchObject({ Currency: "EUR" });
    expect(rows.some((r) => r.Due === "2027-02-28")).toBe(true);
  });

  it("neutralises formula starts in SQL exactly as spreadsheetText does, and keeps every value as it was", async () => {
    const sql = await connection("check");
    for (const text of [...NASTY, null]) {
      const cell = `(${sqlLiteral(text)}::text)`;
      const copy = `COPY (SELECT ${spreadsheetTextSql(cell)} AS a, 'x' AS b) TO STDOUT WITH (FORMAT csv)`;
      const { rows } = await sql.query<{ value: string | null; safe: string | null }>(`SELECT ${cell} AS value, ${spreadsheetTextSql(cell)} AS safe`);
      expect(rows[0]!.value).toBe(text);
      expect(rows[0]!.safe ?? "").toBe(spreadsheetText(text));
      const written = await new Promise<string>((resolve, reject) => {
        let out = "";
        const stream = sql.query(copyTo(copy));
        stream.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
        stream.on("end", () => resolve(out));
        stream.on("error", reject);
      });
      expect(written).toBe(csvLine([spreadsheetText(text), "x"]));
    }
  });

  it("applies the list's filters, values quoted into the statement", async () => {
    const bulk = await exported({ series: "o'brien \\ GROUP" });
    expect(bulk).toBe(await writtenInNode(Prisma.sql`lower(r.series) = lower(${"O'Brien \\ group"})`));
    expect(parse(bulk, { columns: true }).length).toBe(BULK + 1);
    expect(await exported({ from: "2026-03-15", to: "2026-03-16" })).toBe(await writtenInNode(Prisma.sql`r."startsAt" >= '2026-03-15' AND r."startsAt" < '2026-03-17'`));
    expect(parse(await exported({ series: "'; DROP TABLE \"Commitment\"; --" }), { columns: true })).toEqual([]);
    expect(await prisma.commitment.count()).toBeGreaterThan(BULK);
  });

  it(`runs at most ${COPY_SLOTS} at once, and answers 503 with Retry-After beyond`, async () => {
    const running = await Promise.all(Array.from({ length: COPY_SLOTS }, () => exportCommitments(parseReadoutQuery({}).query)));
    expect(await slotsTaken()).toBe(COPY_SLOTS);
    const refused = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.message).toBe(EXPORTS_BUSY);
    await running[0]!.cancel();
    await until(async () => (await slotsTaken()) < COPY_SLOTS);
    const admitted = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    expect(admitted.status).toBe(200);
    const texts = await Promise.all([admitted.text(), ...running.slice(1).map((stream) => new Response(stream).text())]);
    for (const text of texts) expect(parse(text, { columns: true }).length).toBe(BULK + NASTY.length + 3);
    await until(async () => (await slotsTaken()) === 0);
  }, 60_000);

  it("counts the slots that other instances hold", async () => {
    const other = await connection("other instance");
    for (let slot = 1; slot <= COPY_SLOTS; slot++) await other.query(`SELECT pg_advisory_lock(hashtext('readout:copy-slot'), $1)`, [slot]);
    const refused = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    expect(refused.status).toBe(503);
    await other.query(`SELECT pg_advisory_unlock(hashtext('readout:copy-slot'), 3)`);
    const admitted = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    expect(admitted.status).toBe(200);
    expect(parse(await admitted.text(), { columns: true }).length).toBe(BULK + NASTY.length + 3);
    await other.query(`SELECT pg_advisory_unlock_all()`);
    await until(async () => (await slotsTaken()) === 0);
  }, 60_000);

  it("ends the COPY and frees its connection and slot when the client goes away mid-download", async () => {
    const response = await listCsv(new Request("http://readout.test/readouts/commitments.csv"));
    const reader = response.body!.getReader();
    await reader.read();
    // Postgres is still writing: the client has not read what it sent.
    await until(async () => (await copiesRunning()) === 1);
    expect(await slotsTaken()).toBe(1);
    await reader.cancel();
    await until(async () => (await slotsTaken()) === 0 && (await copiesRunning()) === 0);
  }, 30_000);
});
