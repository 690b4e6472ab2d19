import pg from "pg";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { exportCommitments } from "@/lib/dal/exports";
import { listReadouts } from "@/lib/dal/readouts";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { MAX_SEARCH_LENGTH, parseReadoutQuery } from "@/lib/readouts/query";
import { CORRECTED_WORDS, MARK_END, MARK_START, SNIPPET_WINDOW } from "@/lib/readouts/search";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
let artilleryId: string;
let deepId: string;
let retractedId: string;
const DEEP_WORD = "quarantinable";

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  async function publish(title: string, change: (input: Awaited<ReturnType<typeof draftMeeting>>["input"]) => void = () => {}) {
    const { id, input } = await draftMeeting(editor, { title });
    change(input);
    await updateMeeting(editor, id, 1, input);
    await transitionMeeting(editor, id, "submit", { version: 2 });
    await transitionMeeting(reviewer, id, "approve", { version: 2 });
    return id;
  }
  // Saved through the app, so the words of its title reach the search terms as any save's do.
  artilleryId = await publish("Contact Group: artillery shells for the winter");
  // The word searched for comes after ~6,000 characters of other text.
  deepId = await publish("Working group on logistics", (input) => {
    input.summary = "Routine matters were discussed at length. ".repeat(60);
    input.discussions[0]!.notes = "Depots, rail gauges and fuel were reviewed in turn. ".repeat(60);
    input.implications = `A ${DEEP_WORD} shipment is held at the border.`;
  });
  retractedId = await publish("Contact Group: zeppelinfeld procurement");
  await transitionMeeting(reviewer, retractedId, "retract", { version: 2, reason: "Published in error." });
  await draftMeeting(editor, { title: "Draft only: xylophonist briefing" });
  // A draft's word as typed would beat the published "artillery"; it must not be offered, nor tell it exists.
  await draftMeeting(editor, { title: "Draft only: artilery misspelt" });
  await actAs(prisma, await createUser(prisma, "viewer"));
});

const search = (q: string) => listReadouts(parseReadoutQuery({ q }).query);

// Counts the statements this process sends to Postgres, BEGIN and COMMIT included
// (a pool's query goes through a client's).
let statements = 0;
const original = pg.Client.prototype.query;
function countStatements() {
  statements = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
}
afterEach(() => {
  pg.Client.prototype.query = original;
});

describe("a mistyped word", () => {
  it("is replaced by the most similar word of a title, searched as a word, highlighted and said", async () => {
    const { items, notices } = await search("artilery");
    expect(items.map((i) => i.meetingId)).toEqual([artilleryId]);
    expect(notices).toEqual(["No readout matches “artilery”; showing readouts that match “artillery”."]);
    expect(items[0]!.titleHighlight).toContain(`${MARK_START}artillery${MARK_END}`);
  });

  it("is not corrected in a download, which has no page to say so: the export has what was typed", async () => {
    const rows = async (q: string) => (await new Response(await exportCommitments(parseReadoutQuery({ q }).query)).text()).trim().split("\n").length - 1;
    expect(await rows("artillery")).toBeGreaterThan(0);
    expect(await rows("artilery")).toBe(0);
  });

  it("corrects each word of several, and leaves a correct one as it is", async () => {
    expect((await search("artilery shels")).items.map((i) => i.meetingId)).toEqual([artilleryId]);
    expect((await search("artillery shels")).items.map((i) => i.meetingId)).toEqual([artilleryId]);
  });

  it("is not corrected in a phrase or an exclusion, which ask for exactness", async () => {
    expect((await search('"artilery shells"')).items).toEqual([]);
    expect((await search("artilery -winter")).items).toEqual([]);
  });

  it("never becomes a word that only an unpublished or retracted readout has, nor names it", async () => {
    for (const q of ["zeppelinfeldd", "xylophonistt"]) {
      const { items, notices } = await search(q);
      expect(items).toEqual([]);
      expect(notices.join(" ")).not.toMatch(/zeppelinfeld|xylophonist/);
    }
    expect(await prisma.searchTerm.count({ where: { term: { in: ["zeppelinfeld", "xylophonist"] } } })).toBe(0);
  });

  it("is corrected from the words of readable readouts however they were published, bulk SQL included, and forgets them when they go", async () => {
    await prisma.$executeRawUnsafe(`INSERT INTO "Meeting"(id, "workingCopy", publication, version, "updatedAt") VALUES ('bulk-m', 'none', 'unpublished', 1, now())`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Revision"(id, "meetingId", number, title, series, "startsAt", location, chair, summary, implications)
      VALUES ('bulk-r', 'bulk-m', 1, 'Bulk: howitzerish matters', 'Bulk series', now(), 'Vienna', 'A chair', 'Summary.', '')`);
    await prisma.$executeRawUnsafe(`INSERT INTO "Participant"(id, key, "revisionId", position, name, kind) VALUES ('bulk-p', 'k0', 'bulk-r', 0, 'Freedonia', 'country')`);
    const terms = () => prisma.searchTerm.findMany({ where: { term: { in: ["howitzerish", "freedonia", "bulk"] } }, orderBy: { term: "asc" } });
    expect(await terms()).toEqual([]);
    await prisma.$executeRawUnsafe(`UPDATE "Meeting" SET publication = 'published', "publishedRevisionId" = 'bulk-r', "publishedAt" = now() WHERE id = 'bulk-m'`);
    expect((await terms()).map((t) => [t.term, t.readouts])).toEqual([["bulk", 1], ["freedonia", 1], ["howitzerish", 1]]);
    await prisma.$executeRawUnsafe(`UPDATE "Meeting" SET publication = 'archived' WHERE id = 'bulk-m'`);
    expect(await terms()).toEqual([]);
  });

  it("costs two searches at most however long the query, and corrects only its first words", async () => {
    countStatements();
    await search("artillery");
    expect(statements).toBe(6);
    countStatements();
    await search("artilery");
    const typo = statements;
    // A search is BEGIN, its settings, the search, COMMIT; then the page's rows, and the session check.
    // A typo searches twice: as typed, then corrected.
    expect(typo).toBe(10);

    const long = Array.from({ length: 60 }, (_, i) => `wrd${i}x`).join(" ").slice(0, MAX_SEARCH_LENGTH);
    countStatements();
    await expect(search(long)).resolves.toMatchObject({ items: [] });
    expect(statements).toBeLessThanOrEqual(typo);

    const late = [...Array.from({ length: CORRECTED_WORDS }, () => "shells"), "artilery"].join(" ");
    expect((await search(late)).items).toEqual([]);
    expect((await search(["artilery", ...Array.from({ length: CORRECTED_WORDS - 1 }, () => "shells")].join(" "))).items.map((i) => i.meetingId)).toEqual([artilleryId]);
  });
});

describe("a snippet", () => {
  it("shows a match deep in a long readout, from a short window of its text", async () => {
    const { items } = await search(DEEP_WORD);
    expect(items.map((i) => i.meetingId)).toEqual([deepId]);
    expect(items[0]!.snippet).toContain(`${MARK_START}${DEEP_WORD}${MARK_END}`);
    expect(items[0]!.snippet!.length).toBeLessThanOrEqual(SNIPPET_WINDOW);
  });
});
