// `npm run bench`: how much the search index buys, and what the ledger's totals
// cost next to a bare round trip, measured side by side in one run on a
// throw-away Postgres with a few thousand published readouts and their pledges.
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres } from "@/lib/cli/embedded-postgres";
import { freePort } from "@/lib/cli/free-port";
import { throwAwayDataDir } from "@/lib/cli/postgres-places";
import { createPrismaClient } from "@/lib/db";
import { partyList } from "@/lib/ledger/parties";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { totalsSql } from "@/lib/ledger/totals";
import { writeRevision } from "@/lib/meetings/write-revision";
import { searchPublished } from "@/lib/readouts/search";
import { ZMeetingInput } from "@/lib/validation/meeting";
import { udcgMeeting } from "@/prisma/demo/udcg-meeting";

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 3000);
const RUNS = 30;
const QUERIES = ["interoperability", '"loan guarantee"', "air defence -winter", "Norwey"];

const dataDir = throwAwayDataDir("readout-bench-pg-");
const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
try {
  await postgres.createDatabase("bench");
  const url = postgres.url("bench");
  await migrate(url, true);
  process.env.DATABASE_URL = url;
  const prisma = createPrismaClient(url);
  (globalThis as { readoutPrisma?: unknown }).readoutPrisma = prisma;

  console.log(`Seeding ${MEETINGS} published readouts...`);
  const countries = partyList().filter((p) => p.kind === "country").map((p) => p.name);
  const words = ["artillery", "drones", "demining", "winter", "grid", "training", "fuel", "radar", "medical", "logistics"];
  for (let i = 0; i < MEETINGS; i++) {
    const input = ZMeetingInput.parse({
      ...udcgMeeting(),
      title: `Meeting ${i}: ${words[i % words.length]} and ${words[(i * 7) % words.length]}`,
      summary: `Session ${i} on ${words[(i * 3) % words.length]}.`,
    });
    // Vary the text so that most readouts do not match every query.
    if (i % 50 !== 0) {
      const word = words[i % words.length]!;
      input.discussions = input.discussions.map((d) => ({ ...d, notes: `${word} ${randomUUID()}`, outcome: "" }));
      input.participants = input.participants.slice(0, 2).map((p, k) => ({ ...p, name: countries[(i + k) % 120]! }));
      input.commitments = input.commitments.slice(0, 1).map((c) => ({ ...c, party: countries[i % 120]!, recipient: "Ukraine", description: `${word} supplies` }));
      input.implications = `${word} matters.`;
    }
    await prisma.$transaction(async (tx) => {
      const meeting = await tx.meeting.create({ data: { workingCopy: "none", publication: "published" } });
      const revision = await writeRevision(tx, { meetingId: meeting.id, number: 1, editorId: null, input });
      const now = new Date();
      await tx.revision.update({ where: { id: revision.id }, data: { publishedAt: now } });
      await tx.meeting.update({ where: { id: meeting.id }, data: { publishedRevisionId: revision.id, publishedAt: now, firstPublishedAt: now } });
    });
  }
  const pledgeIds = (await prisma.pledge.findMany({ select: { id: true } })).map((p) => p.id);
  await prisma.$transaction((tx) => refreshPledges(tx, pledgeIds), { timeout: 120_000 });
  await prisma.$executeRawUnsafe(`ANALYZE`);

  // The ledger page's one totals query against a bare round trip, interleaved so both see the same machine.
  const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
  const timed = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  const ledger: Record<string, number[]> = { bare: [], EUR: [], USD: [] };
  for (let i = 0; i < 100; i++) {
    ledger.bare!.push(await timed(() => prisma.$queryRaw`SELECT 1`));
    ledger.EUR!.push(await timed(() => prisma.$queryRaw(totalsSql({}, "EUR"))));
    ledger.USD!.push(await timed(() => prisma.$queryRaw(totalsSql({}, "USD"))));
  }
  console.log(`\nLedger totals over ${pledgeIds.length} pledges, 100 interleaved runs each:`);
  console.log("query".padEnd(24), "p50 ms".padStart(8), "p95 ms".padStart(8), "p95 / bare".padStart(11));
  const bareP95 = percentile(ledger.bare!, 0.95);
  for (const [name, times] of Object.entries(ledger)) {
    const label = name === "bare" ? "SELECT 1 (bare)" : `totals in ${name}`;
    console.log(label.padEnd(24), percentile(times, 0.5).toFixed(2).padStart(8), percentile(times, 0.95).toFixed(2).padStart(8), `${(percentile(times, 0.95) / bareP95).toFixed(1)}x`.padStart(11));
  }

  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  async function measure(q: string) {
    const times: number[] = [];
    let matches = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      matches = (await searchPublished(q)).ids.length;
      times.push(performance.now() - start);
    }
    return { ms: median(times), matches };
  }

  const withIndex = new Map<string, { ms: number; matches: number }>();
  for (const q of QUERIES) withIndex.set(q, await measure(q));
  await prisma.$executeRawUnsafe(`DROP INDEX "Revision_searchVector_idx"`);
  await prisma.$executeRawUnsafe(`DROP INDEX "Revision_title_trgm_idx"`);
  await prisma.$executeRawUnsafe(`DROP INDEX "Participant_name_trgm_idx"`);

  console.log(`\nSearch over ${MEETINGS} published readouts, median of ${RUNS} runs each:`);
  console.log("query".padEnd(24), "matches".padStart(8), "indexed ms".padStart(11), "no index ms".padStart(12), "ratio".padStart(7));
  for (const q of QUERIES) {
    const a = withIndex.get(q)!;
    const b = await measure(q);
    console.log(q.padEnd(24), String(a.matches).padStart(8), a.ms.toFixed(2).padStart(11), b.ms.toFixed(2).padStart(12), `${(b.ms / a.ms).toFixed(1)}x`.padStart(7));
  }
  await prisma.$disconnect();
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
