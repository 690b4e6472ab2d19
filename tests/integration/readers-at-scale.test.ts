import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { listReadoutFilterOptions, listReadouts } from "@/lib/dal/readouts";
import type { Db } from "@/lib/db";
import { PAGE_SIZE } from "@/lib/pagination";
import { RANKED_MATCHES } from "@/lib/readouts/search";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";

// 1,200 published readouts in 3 series, 8 participants each from 20 names, and
// 300 drafts in a series and with a name of their own: the menus must come
// from the published ones, and the work they cause must not grow with them.
const READOUTS = 1200;
const WORD_IN = 250; // readouts with the word "tranche": more than RANKED_MATCHES
const TITLED = 5; // ... of which these have it in the title

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Meeting"(id, "workingCopy", publication, version, "updatedAt", "publishedAt")
      SELECT 'scale-m' || i,
        CASE WHEN i <= ${READOUTS} THEN 'none' ELSE 'draft' END::"WorkingCopy",
        CASE WHEN i <= ${READOUTS} THEN 'published' ELSE 'unpublished' END::"Publication", 1, now(), now()
      FROM generate_series(1, ${READOUTS + 300}) i`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Revision"(id, "meetingId", number, title, series, "startsAt", location, chair, summary, implications)
      SELECT 'scale-r' || i, 'scale-m' || i, 1,
        'Scale meeting ' || i || CASE WHEN i <= ${TITLED} THEN ' on the tranche' ELSE '' END,
        CASE WHEN i <= ${READOUTS} THEN 'Scale series ' || (i % 3) ELSE 'Scale drafts only' END,
        timestamp '2020-01-01' + i * interval '1 day', 'Vienna', 'A chair',
        'Support was discussed.' || CASE WHEN i <= ${WORD_IN} THEN ' A further tranche was announced.' ELSE '' END, ''
      FROM generate_series(1, ${READOUTS + 300}) i`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Participant"(id, key, "revisionId", position, name, kind)
      SELECT 'scale-p' || i || '-' || k, 'k' || k, 'scale-r' || i, k,
        CASE WHEN i <= ${READOUTS} THEN 'Scale party ' || ((i + k) % 20) ELSE 'Scale draft party ' || k END, 'country'
      FROM generate_series(1, ${READOUTS + 300}) i CROSS JOIN generate_series(0, 7) k`);
  await prisma.$executeRawUnsafe(`UPDATE "Revision" SET "searchVector" = revision_search_vector(id) WHERE id LIKE 'scale-r%'`);
  await prisma.$executeRawUnsafe(`UPDATE "Meeting" SET "publishedRevisionId" = 'scale-r' || substr(id, 8) WHERE publication = 'published' AND id LIKE 'scale-m%'`);
  await actAs(prisma, await createUser(prisma, "viewer"));
});

// Counts the rows Postgres sends to this process, whoever asks for them: the
// adapter queries through a pool, and through a pooled client in transactions.
let rowsToNode = 0;
const originals = { pool: pg.Pool.prototype.query, client: pg.Client.prototype.query };
function counting<T>(original: T): T {
  return function (this: unknown, ...args: unknown[]) {
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) void result.then((r: { rows?: unknown[] }) => (rowsToNode += r?.rows?.length ?? 0), () => {});
    return result;
  } as T;
}
function countRows() {
  rowsToNode = 0;
  pg.Pool.prototype.query = counting(originals.pool);
  pg.Client.prototype.query = counting(originals.client);
}
afterEach(() => {
  pg.Pool.prototype.query = originals.pool;
  pg.Client.prototype.query = originals.client;
});

describe("the readers' filter menus", () => {
  it("list each published series and participant once, and no draft's", async () => {
    const { series, participants } = await listReadoutFilterOptions();
    expect(series.filter((s) => s.startsWith("Scale"))).toEqual(["Scale series 0", "Scale series 1", "Scale series 2"]);
    const names = participants.filter((p) => p.startsWith("Scale"));
    expect(names).toHaveLength(20);
    expect(names).toEqual([...names].sort());
    expect(names.filter((n) => n.includes("draft"))).toEqual([]);
  });

  it("bring only the menus' entries to the app, however many readouts name them", async () => {
    countRows();
    const { series, participants } = await listReadoutFilterOptions();
    expect(rowsToNode).toBe(series.length + participants.length + 1); // and the session check's one
    expect(rowsToNode).toBeLessThan(100);
  });
});

describe("a page of readouts", () => {
  it("brings one page of rows to the app and counts the rest in Postgres", async () => {
    countRows();
    const { items, total } = await listReadouts({ page: 2, series: "Scale series 1" });
    expect(total).toBe(READOUTS / 3);
    expect(items).toHaveLength(PAGE_SIZE);
    expect(rowsToNode).toBe(PAGE_SIZE + 2); // the page, its count, the session check
  });

  it("numbers the unfiltered list's pages: every published readout once, newest first, no draft", async () => {
    const first = await listReadouts({ page: 1 });
    expect(first.total).toBe(READOUTS);
    const items = [...first.items];
    for (let page = 2; page <= Math.ceil(first.total / PAGE_SIZE); page++) items.push(...(await listReadouts({ page })).items);
    expect(new Set(items.map((i) => i.meetingId)).size).toBe(READOUTS);
    expect(items.map((i) => i.startsAt.getTime())).toEqual(items.map((i) => i.startsAt.getTime()).sort((a, b) => b - a));
    expect(items.at(-1)!.meetingId).toBe("scale-m1");
    expect((await listReadouts({ page: 31 })).items.map((i) => i.meetingId)).toEqual(items.slice(600, 620).map((i) => i.meetingId));
  });

  it("keeps the participant filter exact and case-insensitive", async () => {
    const { total } = await listReadouts({ page: 1, participant: "scale PARTY 7" });
    expect(total).toBe(await prisma.participant.count({ where: { name: "Scale party 7", revision: { publishedFor: { isNot: null } } } }));
  });
});

describe("search of a word in many readouts", () => {
  async function allPages(q: string) {
    const first = await listReadouts({ page: 1, q });
    const pages = [first.items];
    for (let page = 2; page <= Math.ceil(first.total / PAGE_SIZE); page++) pages.push((await listReadouts({ page, q })).items);
    return { total: first.total, pages };
  }

  it("pages through every match once, title matches first, then the rest newest first", async () => {
    expect(WORD_IN).toBeGreaterThan(RANKED_MATCHES);
    const { total, pages } = await allPages("tranche");
    expect(total).toBe(WORD_IN);
    const ids = pages.flat().map((i) => i.meetingId);
    expect(ids).toHaveLength(WORD_IN);
    expect(new Set(ids).size).toBe(WORD_IN);
    // The oldest readouts hold the word in their titles; they are not among
    // the newest RANKED_MATCHES, so they come after them, newest first.
    const ranked = pages.flat().slice(0, RANKED_MATCHES);
    const rest = pages.flat().slice(RANKED_MATCHES);
    expect(Math.min(...ranked.map((i) => i.startsAt.getTime()))).toBeGreaterThan(Math.max(...rest.map((i) => i.startsAt.getTime())));
    expect(rest.map((i) => i.startsAt.getTime())).toEqual(rest.map((i) => i.startsAt.getTime()).sort((a, b) => b - a));
    expect(pages[1]![0]!.snippet).toContain("tranche");
  });

  it("ranks a title match first among the newest matches", async () => {
    await prisma.$executeRawUnsafe(`UPDATE "Revision" SET title = title || ' (tranche two)', "searchVector" = NULL WHERE id = 'scale-r240'`);
    await prisma.$executeRawUnsafe(`UPDATE "Revision" SET "searchVector" = revision_search_vector(id) WHERE id = 'scale-r240'`);
    const { items } = await listReadouts({ page: 1, q: "tranche" });
    expect(items[0]!.meetingId).toBe("scale-m240");
  });

  it("counts a word in more readouts than a search shows as the most it shows, and says so", async () => {
    const { total, notices, items } = await listReadouts({ page: 2, q: "support" });
    expect(total).toBe(1000);
    expect(notices.join(" ")).toMatch(/More than 1,000/);
    expect(items).toHaveLength(PAGE_SIZE);
    expect((await listReadouts({ page: 51, q: "support" })).items).toEqual([]);
  });

  it("applies the filters before counting and paging", async () => {
    const { total, items } = await listReadouts({ page: 1, q: "tranche", series: "Scale series 2" });
    expect(total).toBe(Math.floor(WORD_IN / 3));
    expect(items.every((i) => i.series === "Scale series 2")).toBe(true);
  });
});
