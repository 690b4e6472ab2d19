import { beforeAll, describe, expect, it } from "vitest";
import { GET as apiList } from "@/app/api/v1/readouts/route";
import { GET as apiOne } from "@/app/api/v1/readouts/[id]/route";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { GET as listCsv } from "@/app/(app)/readouts/commitments.csv/route";
import { GET as versionMarkdown } from "@/app/(app)/readouts/[id]/versions/[number]/readout.md/route";
import { GET as versionPdf } from "@/app/(app)/readouts/[id]/versions/[number]/readout.pdf/route";
import { GET as versionCsv } from "@/app/(app)/readouts/[id]/versions/[number]/commitments.csv/route";
import type { Db } from "@/lib/db";
import { listReadouts } from "@/lib/dal/readouts";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { parseReadoutQuery } from "@/lib/readouts/query";
import { seedDemoData } from "@/prisma/seed";
import { freshDatabase } from "../support/database";
import { actAs, actAsNobody, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
let udcgId: string;
let pendingId: string;
let draftOnlyId: string;
const SECRET = "zanzibarquux";

beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await seedDemoData(prisma);
  udcgId = (await prisma.revision.findFirstOrThrow({ where: { title: { startsWith: "Defense Contact Group" } } })).meetingId;

  // A published readout with a pending revision, and a record never published: both carry a secret word.
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const published = await draftMeeting(editor, { title: "Published with a pending edit" });
  pendingId = published.id;
  await transitionMeeting(editor, pendingId, "submit", { version: 1 });
  await transitionMeeting(reviewer, pendingId, "approve", { version: 1 });
  await updateMeeting(editor, pendingId, 1, { ...published.input, title: `Pending ${SECRET}`, summary: SECRET });
  await transitionMeeting(editor, pendingId, "submit", { version: 2, correctionNote: "Corrected." });
  draftOnlyId = (await draftMeeting(editor, { title: `Draft ${SECRET}`, summary: SECRET })).id;

  await actAs(prisma, await createUser(prisma, "viewer"));
});

const search = (raw: Record<string, string>) => listReadouts(parseReadoutQuery(raw).query);
const titles = async (raw: Record<string, string>) => (await search(raw)).items.map((i) => i.title);
const request = (path: string) => new Request(`http://readout.test${path}`);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe("full-text search", () => {
  it("finds the seed meeting by a word from one of its discussions, with the word highlighted", async () => {
    const { items } = await search({ q: "interoperability" });
    expect(items.map((i) => i.meetingId)).toEqual([udcgId]);
    expect(items[0]!.snippet).toMatch(/\u0001Interoperability\u0002/i);
  });

  it("understands quoted phrases, exclusions and or", async () => {
    expect(await titles({ q: '"air-defence launchers"' })).toEqual(["Contact Group: air defence ahead of winter"]);
    expect(await titles({ q: '"launchers air-defence"' })).toEqual([]);
    expect(await titles({ q: '"multi-year funding"' })).toEqual(["Contact Group: sustaining financial support"]);
    expect(await titles({ q: '"multi-year funding" -denmark' })).toEqual([]);
    expect((await titles({ q: "launchers or denmark" })).sort()).toEqual(["Contact Group: air defence ahead of winter", "Contact Group: sustaining financial support"]);
  });

  it("ranks a title match above a passing mention", async () => {
    const found = await titles({ q: "financial support" });
    expect(found[0]).toBe("Contact Group: sustaining financial support");
  });

  it("tolerates typos in titles and country names", async () => {
    expect(await titles({ q: "Ramstien" })).toEqual([]); // not in a title or name
    expect((await search({ q: "Norwey" })).items.map((i) => i.meetingId)).toContain(udcgId);
    expect(await titles({ q: "sustaning finacial" })).toContain("Contact Group: sustaining financial support");
  });

  it.each([
    ['"unbalanced quote'],
    ["'; DROP TABLE \"Meeting\"; --"],
    ["a & b | !c <-> (d"],
    ["x".repeat(5000)],
    ["—"],
    ["\u0000\u0001"],
  ])("answers %j without an error", async (q) => {
    await expect(search({ q })).resolves.toMatchObject({ items: expect.any(Array) });
    expect(await prisma.meeting.count()).toBeGreaterThan(0);
  });

  it("explains a search of only stop words", async () => {
    const result = await search({ q: "the and of" });
    expect(result.notices[0]).toMatch(/very common words/);
    expect(result.items).toEqual([]);
  });
});

describe("filters", () => {
  it("filter by date, series, participant, topic, commitment kind and status", async () => {
    expect(await titles({ from: "2026-08-01", to: "2026-08-31" })).toEqual(["Contact Group: sustaining financial support"]);
    expect(await titles({ participant: "italy" })).toEqual(["Contact Group: air defence ahead of winter"]);
    expect(await titles({ topic: "industrial_cooperation" })).toEqual(["Defense Contact Group: coordinating support for Ukraine"]);
    expect(await titles({ kind: "humanitarian", status: "delivered" })).toEqual(["Defense Contact Group: coordinating support for Ukraine"]);
    expect(await titles({ kind: "training", status: "delivered" })).toEqual([]);
    expect((await titles({ series: "ukraine defense contact group" })).length).toBe(4);
    expect(await titles({ series: "Nordic-Baltic Eight defence ministers" })).toEqual([]);
  });

  it("returns an empty page past the end, not an error", async () => {
    const { items, total } = await search({ page: "40" });
    expect(items).toEqual([]);
    expect(total).toBeGreaterThan(0);
  });
});

describe("nothing unpublished leaks", () => {
  it("not through the list or search", async () => {
    const all = await search({});
    expect(all.items.map((i) => i.title)).toContain("Published with a pending edit");
    for (const item of all.items) expect(item.title).not.toContain(SECRET);
    expect((await search({ q: SECRET })).items).toEqual([]);
  });

  it("not through the JSON API", async () => {
    const list = await (await apiList(request(`/api/v1/readouts?q=${SECRET}`))).json();
    expect(list.data).toEqual([]);
    const one = await apiOne(request(`/api/v1/readouts/${pendingId}`), params({ id: pendingId }));
    expect(await one.text()).not.toContain(SECRET);
    expect((await apiOne(request("/"), params({ id: draftOnlyId }))).status).toBe(404);
  });

  it("not through exports of any version", async () => {
    const v2 = { id: pendingId, number: "2" };
    for (const handler of [versionMarkdown, versionPdf, versionCsv]) {
      expect((await handler(request("/"), params(v2))).status).toBe(404);
      expect((await handler(request("/"), params({ id: draftOnlyId, number: "1" }))).status).toBe(404);
    }
    const v1 = await (await versionMarkdown(request("/"), params({ id: pendingId, number: "1" }))).text();
    expect(v1).toContain("# Published with a pending edit");
    expect(v1).not.toContain(SECRET);
    const csv = await (await listCsv(request("/readouts/commitments.csv"))).text();
    expect(csv).not.toContain(SECRET);
    expect(csv).toContain("Winter shelter and food for displaced people");
  });

  it("not through the feed", async () => {
    const atom = await (await feed(request("/readouts/feed.atom"))).text();
    expect(atom).toContain("Published with a pending edit");
    expect(atom).not.toContain(SECRET);
    expect(atom).not.toContain("Nordic-Baltic");
  });

  it("refuses signed-out callers with 401, not data", async () => {
    actAsNobody();
    expect((await apiList(request("/api/v1/readouts"))).status).toBe(401);
    expect((await feed(request("/readouts/feed.atom"))).status).toBe(401);
    await actAs(prisma, await createUser(prisma, "viewer"));
  });
});

describe("exports", () => {
  it("are audited with their format", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "meeting.export" } });
    await versionMarkdown(request("/"), params({ id: udcgId, number: "1" }));
    await versionPdf(request("/"), params({ id: udcgId, number: "1" }));
    await listCsv(request("/readouts/commitments.csv?kind=financial"));
    const entries = await prisma.auditEvent.findMany({ where: { action: "meeting.export" }, orderBy: { at: "desc" }, take: 3 });
    expect(await prisma.auditEvent.count({ where: { action: "meeting.export" } })).toBe(before + 3);
    expect(entries.map((e) => (e.after as { format: string }).format).sort()).toEqual(["csv", "markdown", "pdf"]);
  });

  it("produce a real PDF and a filtered CSV", async () => {
    const pdf = Buffer.from(await (await versionPdf(request("/"), params({ id: udcgId, number: "1" }))).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5000);
    const csv = await (await listCsv(request("/readouts/commitments.csv?kind=financial"))).text();
    const rows = csv.trim().split("\n").slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toContain(",financial,");
  });
});
