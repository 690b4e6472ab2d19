// `npm run bench:data`: a published archive the size of issue 14's (20,006
// meetings; BENCH_SCALE=0.05 for a quick one), loaded in bulk SQL into the
// benchmark's own kept Postgres or the empty database in BENCH_DATABASE_URL.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { bulkLoadSql, PLEDGES_SQL, SEARCH_VECTORS_SQL } from "@/lib/cli/bench/data-sql";
import { openBenchDatabase, recreateBenchDatabase } from "@/lib/cli/bench/database";
import { SERIES, TITLE_WORDS, VOCABULARY } from "@/lib/cli/bench/vocabulary";
import { migrate } from "@/lib/cli/database";
import { ledgerDataMigrationSql } from "@/lib/cli/ledger-data-sql";
import { createPrismaClient } from "@/lib/db";
import { partyList } from "@/lib/ledger/parties";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/demo/accounts";

const FULL_SIZE = 20_006;
const FIELD_WORD_COUNT = VOCABULARY.length - 1800;

export const benchMeetings = () => Math.max(60, Math.round(FULL_SIZE * Number(process.env.BENCH_SCALE ?? 1)));

async function main() {
  const meetings = benchMeetings();
  const database = await openBenchDatabase();
  try {
    if (database.embedded) await recreateBenchDatabase(database.url);
    await migrate(database.url, true);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "Meeting"`);
      if (Number(rows[0]!.count) > 0) throw new Error("BENCH_DATABASE_URL names a database that already has meetings; give it an empty one.");
      await load(client, database.url, meetings);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

async function load(client: pg.Client, url: string, meetings: number) {
  const started = performance.now();
  const timed = async (label: string, work: () => Promise<unknown>) => {
    const t = performance.now();
    await work();
    console.log(`  ${label.padEnd(40)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  };
  const step = (label: string, sql: string | string[]) =>
    timed(label, async () => {
      for (const statement of [sql].flat()) await client.query(statement);
    });
  console.log(`Loading ${meetings} published meetings...`);
  await client.query("SET synchronous_commit = off");
  await client.query("SELECT setseed(0.14)");

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await client.query(`INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, $3, $4, now())`, [
      account.email,
      account.name,
      account.role,
      passwordHash,
    ]);
  }
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE role = 'editor' ORDER BY email LIMIT 1`);

  // Parties first (the ledger's own data migration), so participants and commitments name real ones.
  const ledger = ledgerDataMigrationSql(partyList());
  await step("parties (the ledger's data migration)", ledger);
  await client.query(`CREATE TEMP TABLE bench_series AS SELECT $1::text[] AS series`, [SERIES]);
  // Parties by number from 0, Ukraine apart; read by a join (an array this long would be unpacked at every row).
  await client.query(`CREATE TEMP TABLE bench_party AS
    SELECT row_number() OVER (ORDER BY name)::int - 1 AS n, id, name, kind::text AS kind
    FROM "Party" WHERE kind IN ('country', 'organisation') AND code IS DISTINCT FROM 'UA'`);
  await client.query(`ALTER TABLE bench_party ADD PRIMARY KEY (n)`);
  await client.query(`CREATE TEMP TABLE bench_ukraine AS SELECT id FROM "Party" WHERE code = 'UA'`);
  await client.query("BEGIN");
  const words = { field: VOCABULARY.slice(0, FIELD_WORD_COUNT), invented: VOCABULARY.slice(FIELD_WORD_COUNT), title: TITLE_WORDS };
  const [functions, ...inserts] = [bulkLoadSql(meetings, rows[0]!.id, words).slice(0, 3), ...bulkLoadSql(meetings, rows[0]!.id, words).slice(3)];
  await step("text generators", functions!);
  const labels = ["meetings", "revision sizes", "revisions", "participants", "discussions", "pledges", "commitments", "published revisions"];
  for (const [i, sql] of inserts.entries()) await step(labels[i] ?? `step ${i + 4}`, sql as string);
  await step("pledge events", PLEDGES_SQL);
  await step("search vectors", SEARCH_VECTORS_SQL);
  await client.query("COMMIT");
  await timed("pledge terms and totals (refreshPledges)", () => refreshAllPledges(url));
  await step("analyze", "ANALYZE");

  const counts = await client.query<Record<string, string>>(`SELECT
    (SELECT count(*) FROM "Meeting" WHERE "publishedRevisionId" IS NOT NULL) AS "published meetings",
    (SELECT count(*) FROM "Revision") AS revisions, (SELECT count(*) FROM "Participant") AS participants,
    (SELECT count(*) FROM "Discussion") AS discussions, (SELECT count(*) FROM "Commitment") AS commitments,
    (SELECT count(*) FROM "Pledge") AS pledges, (SELECT pg_size_pretty(pg_database_size(current_database()))) AS size`);
  console.log(Object.entries(counts.rows[0]!).map(([k, v]) => `  ${k}: ${v}`).join("\n"));
  console.log(`Loaded in ${((performance.now() - started) / 1000).toFixed(0)} s. Demo accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} (password ${DEMO_PASSWORD}).`);
}

/** The app's own refresh over every pledge, so terms and totals are exactly what it would compute. */
async function refreshAllPledges(url: string) {
  const prisma = createPrismaClient(url);
  try {
    const ids = (await prisma.pledge.findMany({ select: { id: true } })).map((p) => p.id);
    await prisma.$transaction((tx) => refreshPledges(tx, ids), { timeout: 30 * 60_000 });
  } finally {
    await prisma.$disconnect();
  }
}

await main();
