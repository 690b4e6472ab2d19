import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import type { Db } from "@/lib/db";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

type Entry = Record<string, string[]>;

/** The feed's own elements and each entry's, by name, from a strict XML parser. */
function parseFeed(xml: string): { feed: Entry; entries: Entry[] } {
  const parser = new SaxesParser({ xmlns: true });
  const feed: Entry = {};
  const entries: Entry[] = [];
  const path: { name: string; text: string }[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    if (tag.local === "entry") entries.push({});
    path.push({ name: tag.local, text: tag.local === "link" ? String(tag.attributes.href?.value ?? "") : "" });
  });
  parser.on("text", (text) => {
    if (path.length) path[path.length - 1]!.text += text;
  });
  parser.on("closetag", () => {
    const element = path.pop()!;
    const owner = path.at(-1)?.name === "entry" ? entries.at(-1)! : path.at(-1)?.name === "feed" ? feed : null;
    if (owner) owner[element.name] = [...(owner[element.name] ?? []), element.text];
  });
  parser.write(xml).close();
  return { feed, entries };
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// Long enough that the old feed cut it, and ending in a sentence that must arrive whole.
const SUMMARY = `${"The ministers reviewed air defence, ammunition and training in turn. ".repeat(12)}The last sentence **arrives whole**.`;

let prisma: Db;
let correctedId: string;
let onceId: string;

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const corrected = await draftMeeting(editor, { title: "Corrected readout", summary: SUMMARY });
  correctedId = corrected.id;
  await transitionMeeting(editor, correctedId, "submit", { version: 1 });
  await transitionMeeting(reviewer, correctedId, "approve", { version: 1 });
  await updateMeeting(editor, correctedId, 1, { ...corrected.input, title: "Corrected readout, version 2" });
  await transitionMeeting(editor, correctedId, "submit", { version: 2, correctionNote: "Retitled." });
  await transitionMeeting(reviewer, correctedId, "approve", { version: 2, noteConfirmed: true });
  // The first approval a day earlier, as a correction would come later in real life.
  const first = await prisma.revision.findFirstOrThrow({ where: { meetingId: correctedId, number: 1 } });
  await prisma.review.updateMany({ where: { revisionId: first.id, decision: "approved" }, data: { createdAt: new Date("2026-10-16T08:00:00Z") } });
  await prisma.revision.update({ where: { id: first.id }, data: { publishedAt: new Date("2026-10-16T08:00:00Z") } });

  onceId = (await draftMeeting(editor, { title: "Published once" })).id;
  await transitionMeeting(editor, onceId, "submit", { version: 1 });
  await transitionMeeting(reviewer, onceId, "approve", { version: 1 });
  await actAs(prisma, await createUser(prisma, "viewer"));
});

describe("the Atom feed", () => {
  it("has one entry per readout, a corrected one updated in place", async () => {
    const { entries } = parseFeed(await (await feed(new Request("http://readout.test/readouts/feed.atom"))).text());
    const ids = entries.map((e) => e.id![0]);
    expect(ids.sort()).toEqual([`urn:readout:readout:${correctedId}`, `urn:readout:readout:${onceId}`].sort());

    const corrected = entries.find((e) => e.id![0] === `urn:readout:readout:${correctedId}`)!;
    expect(corrected.title).toEqual(["Corrected readout, version 2"]);
    expect(corrected.published).toEqual(["2026-10-16T08:00:00.000Z"]);
    const [updated] = corrected.updated!;
    expect(Date.parse(updated!)).toBeGreaterThan(Date.parse("2026-10-17T00:00:00Z"));
    expect(corrected.link![0]).toMatch(new RegExp(`/readouts/${correctedId}/versions/2$`));

    const once = entries.find((e) => e.id![0] === `urn:readout:readout:${onceId}`)!;
    expect(once.published).toEqual(once.updated);
  });

  it("carries the rendered readout whole as HTML", async () => {
    const { entries } = parseFeed(await (await feed(new Request("http://readout.test/readouts/feed.atom"))).text());
    const html = entries.find((e) => e.id![0] === `urn:readout:readout:${correctedId}`)!.content![0]!;
    expect(html).toContain("The last sentence <strong>arrives whole</strong>.");
    expect(html.match(/reviewed air defence/g)).toHaveLength(12);
    expect(html).toMatch(/<table>.*1,000 rounds.*<\/table>/s);
  });

  it("is valid Atom: the required elements once each, dates in RFC 3339", async () => {
    const { feed: head, entries } = parseFeed(await (await feed(new Request("http://readout.test/readouts/feed.atom"))).text());
    for (const name of ["id", "title", "updated"]) expect(head[name], `feed ${name}`).toHaveLength(1);
    expect(head.author).toHaveLength(1);
    expect(head.updated![0]).toMatch(RFC3339);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      for (const name of ["id", "title", "updated", "published", "content"]) expect(entry[name], `entry ${name}`).toHaveLength(1);
      expect(entry.updated![0]).toMatch(RFC3339);
      expect(entry.published![0]).toMatch(RFC3339);
      expect(entry.id![0]).toMatch(/^urn:readout:readout:[^:]+$/);
    }
    // The feed's updated is its newest entry's.
    expect(head.updated![0]).toBe(entries.map((e) => e.updated![0]!).sort().at(-1));
  });
});
