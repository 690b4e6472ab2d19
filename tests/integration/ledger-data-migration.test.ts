import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { addAliasAction } from "@/app/(app)/admin/parties/actions";
import type { Db } from "@/lib/db";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { partyList } from "@/lib/ledger/parties";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { listUnmatched } from "@/lib/ledger/unmatched";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";

const migration = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../prisma/migrations/${name}/migration.sql`), "utf8");
const MIGRATION = migration("20261128200100_ledger_data");
// The later migration that stored each pledge's converted figures: its data part, which fills them for existing pledges.
const STORED_FIGURES = migration("20261202020000_stored_ledger_figures").replace(/^[\s\S]*?(?=^UPDATE )/m, "");
// And the one after it that filled the ledger's kept sums.
const LEDGER_SUMS = migration("20261202020100_ledger_sums").replace(/^[\s\S]*?(?=^DELETE )/m, "");

let prisma: Db;
let url: string;
beforeAll(async () => {
  ({ prisma, url } = await freshDatabase());
});

async function runMigration() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // That migration read the one status meetings had then (decision 0024 split it in two): give it back for the run.
    await client.query(`ALTER TABLE "Meeting" ADD COLUMN status text;
      UPDATE "Meeting" SET status = CASE publication WHEN 'unpublished' THEN 'draft' ELSE publication::text END`);
    await client.query(MIGRATION);
    await client.query(`ALTER TABLE "Meeting" DROP COLUMN status`);
    await client.query(STORED_FIGURES);
    await client.query(LEDGER_SUMS);
  } finally {
    await client.end();
  }
}

type OldCommitment = { key: string; party: string; status: "pledged" | "allocated" | "delivered" | "cancelled"; amount?: string; quantity?: number };

/** A meeting as Readout stored it before the ledger: free-text parties, a status per commitment, no pledges. */
async function oldMeeting(args: {
  title: string;
  status: "draft" | "published" | "archived";
  startsAt: string;
  revisions: { participants: string[]; commitments: OldCommitment[] }[];
}) {
  const publication = args.status === "draft" ? "unpublished" : args.status;
  const meeting = await prisma.meeting.create({ data: { workingCopy: args.status === "draft" ? "draft" : "none", publication, version: args.revisions.length } });
  let last = "";
  for (const [i, r] of args.revisions.entries()) {
    const revision = await prisma.revision.create({
      data: {
        meetingId: meeting.id,
        number: i + 1,
        title: args.title,
        series: "Old series",
        startsAt: new Date(args.startsAt),
        location: "",
        chair: "",
        summary: "",
        implications: "",
        participants: { create: r.participants.map((name, position) => ({ key: `p-${name}`, name, position, kind: "country" })) },
        commitments: {
          create: r.commitments.map((c, position) => ({
            key: c.key,
            position,
            party: c.party,
            kind: "financial",
            description: `Pledge ${c.key}`,
            amount: c.amount ?? null,
            currency: c.amount ? "EUR" : null,
            quantity: c.quantity ?? null,
            status: c.status,
          })),
        },
      },
    });
    last = revision.id;
  }
  if (args.status !== "draft") await prisma.meeting.update({ where: { id: meeting.id }, data: { publishedRevisionId: last, publishedAt: new Date() } });
  return meeting.id;
}

const snapshot = async () => ({
  parties: await prisma.party.count(),
  aliases: await prisma.partyAlias.count(),
  events: await prisma.pledgeEvent.findMany({ orderBy: { id: "asc" } }),
  pledges: await prisma.pledge.findMany({ orderBy: { id: "asc" } }),
  commitments: await prisma.commitment.findMany({ orderBy: { id: "asc" }, select: { id: true, partyId: true, recipientId: true, pledgeId: true } }),
});

describe("the ledger's data migration on a database recorded before the ledger", () => {
  let published: string;
  let draft: string;
  let archived: string;

  beforeAll(async () => {
    published = await oldMeeting({
      title: "Old published meeting",
      status: "published",
      startsAt: "2026-05-05T09:00:00Z",
      revisions: [
        { participants: ["Ukraine", "UK"], commitments: [{ key: "dutch", party: "the Dutch", status: "pledged", amount: "10000000" }] },
        {
          participants: ["Ukraine", "UK", "Holland", "Atlantis"],
          commitments: [
            { key: "dutch", party: "the Dutch", status: "delivered", amount: "10000000" },
            { key: "narnia", party: "Narnia", status: "allocated", quantity: 5 },
            { key: "german", party: "Germany", status: "pledged", amount: "3000000" },
            { key: "british", party: "Britain", status: "cancelled", amount: "1000000" },
          ],
        },
      ],
    });
    draft = await oldMeeting({
      title: "Old draft meeting",
      status: "draft",
      startsAt: "2026-06-01T09:00:00Z",
      revisions: [{ participants: ["Poland"], commitments: [{ key: "polish", party: "Poland", status: "delivered", amount: "2000000" }] }],
    });
    archived = await oldMeeting({
      title: "Old archived meeting",
      status: "archived",
      startsAt: "2026-04-01T09:00:00Z",
      revisions: [{ participants: ["France"], commitments: [{ key: "french", party: "France", status: "delivered", amount: "4000000" }] }],
    });
    await runMigration();
  });

  const commitmentsOf = (meetingId: string) =>
    prisma.commitment.findMany({
      where: { revision: { meetingId } },
      include: { partyRef: true, recipient: true, pledge: { include: { events: true } }, revision: { select: { number: true } } },
      orderBy: [{ revision: { number: "asc" } }, { position: "asc" }],
    });

  it("matches free-text names through the aliases and leaves the rest for the report", async () => {
    const participants = await prisma.participant.findMany({ where: { revision: { meetingId: published, number: 2 } }, include: { party: true }, orderBy: { position: "asc" } });
    expect(participants.map((p) => [p.name, p.party?.name ?? null])).toEqual([
      ["Ukraine", "Ukraine"],
      ["UK", "United Kingdom"],
      ["Holland", "Netherlands"],
      ["Atlantis", null],
    ]);
    const latest = (await commitmentsOf(published)).filter((c) => c.revision.number === 2);
    expect(latest.map((c) => [c.party, c.partyRef?.name ?? null, c.recipient?.name ?? null])).toEqual([
      ["the Dutch", "Netherlands", "Ukraine"],
      ["Narnia", null, "Ukraine"],
      ["Germany", "Germany", "Ukraine"],
      ["Britain", "United Kingdom", "Ukraine"],
    ]);
    expect((await commitmentsOf(draft))[0]!.recipientId).toBeNull(); // Ukraine did not take part

    const report = await listUnmatched(prisma);
    expect(report.map((r) => [r.field, r.text, r.title, r.number])).toEqual([
      ["participant", "Atlantis", "Old published meeting", 2],
      ["commitment", "Narnia", "Old published meeting", 2],
    ]);
  });

  it("gives each commitment key one pledge, shared by every revision of its meeting", async () => {
    const all = await commitmentsOf(published);
    const byKey = new Map<string, typeof all>();
    for (const c of all) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    expect(byKey.get("dutch")!.map((c) => c.revision.number)).toEqual([1, 2]);
    for (const [, rows] of byKey) {
      expect(new Set(rows.map((c) => c.pledgeId)).size).toBe(1);
      expect(rows.every((c) => c.pledgeId && c.announcement === "new")).toBe(true);
    }
    expect(new Set(all.map((c) => c.pledgeId)).size).toBe(4);
  });

  it("turns the published revision's old status into an approved event on the meeting day, then refreshes the pledges", async () => {
    const latest = new Map((await commitmentsOf(published)).filter((c) => c.revision.number === 2).map((c) => [c.key, c.pledge!]));
    const dutch = latest.get("dutch")!;
    expect(dutch.events.map((e) => [e.kind, e.state, e.asOf.toISOString().slice(0, 10), e.source, e.amount])).toEqual([
      ["delivered", "approved", "2026-05-05", "Recorded before the ledger", null],
    ]);
    expect(dutch).toMatchObject({ status: "delivered", partyId: expect.any(String), series: "Old series" });
    expect(dutch.deliveredAmount.toString()).toBe("10000000");
    expect(dutch.publishedAt).not.toBeNull();
    expect(latest.get("narnia")!.events.map((e) => [e.kind, e.quantity])).toEqual([["allocated", 5]]);
    expect(latest.get("narnia")!).toMatchObject({ status: "open", allocatedQuantity: 5 });
    expect(latest.get("german")!).toMatchObject({ status: "open", events: [] });
    expect(latest.get("british")!).toMatchObject({ status: "cancelled" });

    const unpublished = (await commitmentsOf(draft))[0]!.pledge!;
    expect(unpublished).toMatchObject({ publishedAt: null, events: [], description: "Pledge polish" });
    const hidden = (await commitmentsOf(archived))[0]!.pledge!;
    expect(hidden.publishedAt).toBeNull();
    expect(hidden.events.map((e) => e.kind)).toEqual(["delivered"]);
  });

  it("leaves every pledge as refreshPledges would compute it", async () => {
    const before = await snapshot();
    await prisma.$transaction((tx) => refreshPledges(tx, before.pledges.map((p) => p.id)));
    expect(await snapshot()).toEqual(before);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    await runMigration();
    expect(await snapshot()).toEqual(before);
  });

  it("lets an admin teach it a name, which links the rows recorded under it", async () => {
    await actAs(prisma, await createUser(prisma, "editor"));
    expect(await addAliasAction(null, form({ party: "Greece", alias: "Atlantis" }))).toMatchObject({ ok: false, code: "forbidden" });

    const admin = await createUser(prisma, "admin");
    await actAs(prisma, admin);
    expect(await addAliasAction(null, form({ party: "Greece", alias: "Atlantis" }))).toEqual({
      ok: true,
      data: { party: "Greece", alias: "Atlantis", matched: 1 },
    });
    expect((await listUnmatched(prisma)).map((r) => r.text)).toEqual(["Narnia"]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "party.alias_add" } });
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "party", after: { alias: "Atlantis", normalized: "atlantis", matched: 1 } });

    expect(await addAliasAction(null, form({ party: "Narnia", alias: "Lion country" }))).toMatchObject({
      ok: false,
      fieldErrors: { party: [expect.stringMatching(/Unknown party “Narnia”/)] },
    });
    expect(await addAliasAction(null, form({ party: "Italy", alias: "the atlantis" }))).toMatchObject({
      ok: false,
      fieldErrors: { alias: ["“the atlantis” already names Greece."] },
    });
  });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("party_normalize, the SQL twin of normalizePartyName", () => {
  it("agrees with it on every alias and on awkward text", async () => {
    const texts = [
      ...partyList().flatMap((p) => p.aliases),
      "  The   U.K. ",
      "Côte d’Ivoire",
      "ＵＳＡ",
      "Guinea‐Bissau / Senegal",
      "Trinidad & Tobago",
      "[Germany] (Berlin); “Bund”!",
      "back\\slash_under",
      "ÅLAND",
      "the",
    ];
    const rows = await prisma.$queryRaw<{ text: string; normalized: string }[]>`
      SELECT t AS text, party_normalize(t) AS normalized FROM unnest(${texts}::text[]) AS t`;
    const differ = rows.filter((r) => r.normalized !== normalizePartyName(r.text));
    expect(differ).toEqual([]);
    expect(rows).toHaveLength(texts.length);
  });
});
