import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { listReadoutFilterOptions, listReadouts } from "@/lib/dal/readouts";
import type { Db } from "@/lib/db";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import type { MeetingInput } from "@/lib/validation/meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

// The filter menus' kept rows (decision 0032) against what readers may see,
// recomputed from scratch, after each move that changes what they see.

let prisma: Db;
let url: string;
let editor: CurrentUser;
let reviewer: CurrentUser;
const tag = randomUUID().slice(0, 6);
const name = (what: string) => `${what} ${tag}`;

beforeAll(async () => {
  ({ prisma, url } = await freshDatabase());
  editor = await staff(prisma, "editor");
  reviewer = await staff(prisma, "reviewer");
  for (const party of ["Alpha", "Beta", "Gamma", "Shared", "Draft party"]) {
    const code = `T${randomUUID().slice(0, 8)}`.toUpperCase();
    const { id } = await prisma.party.create({ data: { kind: "country", name: name(party), slug: code.toLowerCase(), code } });
    await prisma.partyAlias.create({ data: { partyId: id, alias: name(party), normalized: normalizePartyName(name(party)) } });
  }
  await actAs(prisma, await createUser(prisma, "viewer"));
});

const participant = (who: string) => ({ key: randomUUID(), name: who, kind: "country" as const, attendance: "in_person" as const, representative: "" });
const input = (series: string, names: string[]): Partial<MeetingInput> => ({
  series,
  participants: [participant("Poland"), ...names.map(participant)],
});

async function published(series: string, names: string[]) {
  const meeting = await draftMeeting(editor, input(series, names));
  await transitionMeeting(editor, meeting.id, "submit", { version: 1 });
  await transitionMeeting(reviewer, meeting.id, "approve", { version: 1 });
  return meeting;
}

/** The menus' rows for this file's values, as { "series:…": readouts }. */
async function kept() {
  const rows = await prisma.readoutMenuValue.findMany({ where: { value: { endsWith: tag } } });
  return Object.fromEntries(rows.map((r) => [`${r.menu}:${r.value}`, r.readouts]));
}

/** The same, counted from the readouts readers may see. */
async function recomputed() {
  const rows = await prisma.$queryRawUnsafe<{ key: string; readouts: number }[]>(`
    SELECT 'series:' || r.series AS key, count(*)::int AS readouts
      FROM "Revision" r JOIN "Meeting" m ON m."publishedRevisionId" = r.id AND m.publication = 'published'
      WHERE r.series LIKE '%${tag}' GROUP BY r.series
    UNION ALL
    SELECT 'participant:' || p.name, count(*)::int
      FROM "Participant" p JOIN "Meeting" m ON m."publishedRevisionId" = p."revisionId" AND m.publication = 'published'
      WHERE p.name LIKE '%${tag}' GROUP BY p.name`);
  return Object.fromEntries(rows.map((r) => [r.key, r.readouts]));
}

/** The list's kept rows, and the readable revisions they must equal. */
async function publishedList() {
  const kept = await prisma.publishedReadout.findMany({ orderBy: { revisionId: "asc" } });
  const readable = await prisma.$queryRawUnsafe<{ revisionId: string; startsAt: Date }[]>(`
    SELECT r.id AS "revisionId", r."startsAt" FROM "Revision" r JOIN "Meeting" m ON m."publishedRevisionId" = r.id AND m.publication = 'published' ORDER BY r.id`);
  expect(kept).toEqual(readable);
  return kept;
}

async function expectMenus(expected: Record<string, number>) {
  await publishedList();
  expect(await kept()).toEqual(expected);
  expect(await recomputed()).toEqual(expected);
  const { series, participants } = await listReadoutFilterOptions();
  const offered = [...series.map((s) => `series:${s}`), ...participants.map((p) => `participant:${p}`)].filter((v) => v.endsWith(tag));
  expect(offered.sort()).toEqual(Object.keys(expected).sort());
}

describe("the readers' filter menus, kept at publication", () => {
  let first: Awaited<ReturnType<typeof published>>;
  let second: Awaited<ReturnType<typeof published>>;

  it("gain a readout's series and participants when it is approved, not while it is a draft or in review", async () => {
    const draft = await draftMeeting(editor, input(name("Draft series"), [name("Draft party")]));
    await transitionMeeting(editor, draft.id, "submit", { version: 1 });
    await expectMenus({});

    first = await published(name("Series A"), [name("Alpha"), name("Shared")]);
    second = await published(name("Series A"), [name("Shared")]);
    await expectMenus({
      [`series:${name("Series A")}`]: 2,
      [`participant:${name("Alpha")}`]: 1,
      [`participant:${name("Shared")}`]: 2,
    });
  });

  it("follow a correction: the superseded version's values go unless another readout has them", async () => {
    await updateMeeting(editor, first.id, 1, { ...first.input, ...input(name("Series B"), [name("Beta"), name("Shared")]) });
    await expectMenus({
      [`series:${name("Series A")}`]: 2,
      [`participant:${name("Alpha")}`]: 1,
      [`participant:${name("Shared")}`]: 2,
    });
    await transitionMeeting(editor, first.id, "submit", { version: 2, correctionNote: "Renamed the series." });
    await transitionMeeting(reviewer, first.id, "approve", { version: 2, noteConfirmed: true });
    await expectMenus({
      [`series:${name("Series A")}`]: 1,
      [`series:${name("Series B")}`]: 1,
      [`participant:${name("Beta")}`]: 1,
      [`participant:${name("Shared")}`]: 2,
    });
  });

  it("lose a readout's values when it is retracted or archived, and regain them when it is restored", async () => {
    const listed = async () => (await listReadouts({ page: 1, series: name("Series A") })).total;
    expect(await listed()).toBe(1);
    await transitionMeeting(reviewer, second.id, "retract", { version: 1, reason: "Wrong meeting." });
    expect(await listed()).toBe(0);
    await expectMenus({
      [`series:${name("Series B")}`]: 1,
      [`participant:${name("Beta")}`]: 1,
      [`participant:${name("Shared")}`]: 1,
    });
    const admin = await staff(prisma, "admin");
    await transitionMeeting(admin, first.id, "archive", { version: 2, reason: "Duplicate." });
    await expectMenus({});
    await transitionMeeting(admin, first.id, "restore", { version: 2 });
    await expectMenus({
      [`series:${name("Series B")}`]: 1,
      [`participant:${name("Beta")}`]: 1,
      [`participant:${name("Shared")}`]: 1,
    });
  });

  it("stay exact when two readouts of one series are published at once", async () => {
    const drafts = await Promise.all([0, 1, 2].map(() => draftMeeting(editor, input(name("Series C"), [name("Gamma")]))));
    for (const d of drafts) await transitionMeeting(editor, d.id, "submit", { version: 1 });
    await Promise.all(drafts.map((d) => transitionMeeting(reviewer, d.id, "approve", { version: 1 })));
    expect(await kept()).toEqual(await recomputed());
    await publishedList();
    expect((await kept())[`series:${name("Series C")}`]).toBe(3);
  });
});

describe("the migration that creates the menus", () => {
  it("fills them from the readouts published before it", async () => {
    const before = await recomputed();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const listed = await publishedList();
    for (const trigger of ["insert", "update", "delete"]) await prisma.$executeRawUnsafe(`DROP TRIGGER "Meeting_published_readout_${trigger}" ON "Meeting"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION published_readout_sync(), published_readout_change(TEXT, TEXT)`);
    await prisma.$executeRawUnsafe(`DROP TABLE "ReadoutMenuValue", "PublishedReadout"`);
    await prisma.$executeRawUnsafe(`DROP TYPE "ReadoutMenu"`);
    const migration = readFileSync(path.join(process.cwd(), "prisma/migrations/20261206010000_readers_kept_rows/migration.sql"), "utf8");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(migration).finally(() => client.end());
    expect(await kept()).toEqual(before);
    expect(await publishedList()).toEqual(listed);
  });
});
