// Where the benchmark's data lives: a kept embedded Postgres of its own
// (`.data/bench-postgres`, or a folder under /var/lib/readout when the postgres
// user cannot reach the project), or the database named by BENCH_DATABASE_URL.
import { createHash } from "node:crypto";
import { mkdirSync, realpathSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/cli/embedded-postgres";
import { reachableByOthers, runsAsRoot, sharedFolder } from "@/lib/cli/postgres-places";
import { ROOT } from "@/lib/cli/run";

export const BENCH_DATABASE = "readout_bench";

export type BenchDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** The benchmark's data folder: kept between `bench:data` and `bench`, apart from `npm start`'s. */
export function benchDataDir(projectRoot = ROOT): string {
  const local = path.join(projectRoot, ".data");
  mkdirSync(local, { recursive: true });
  if (!runsAsRoot() || reachableByOthers(local)) return path.join(local, "bench-postgres");
  const real = realpathSync(projectRoot);
  const key = createHash("sha256").update(real).digest("hex").slice(0, 12);
  return path.join(sharedFolder(), `bench-${path.basename(real).replace(/[^\w.-]/g, "_")}-${key}`);
}

/** Starts (or points at) the benchmark's Postgres; the embedded one runs with pg_stat_statements, to count queries. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => undefined };
  const dataDir = benchDataDir();
  const port = Number(process.env.READOUT_BENCH_PG_PORT ?? 54339);
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  if (!(await statementsLoaded(postgres.url("postgres")))) {
    await query(postgres.url("postgres"), "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await postgres.stop();
    postgres = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  }
  await postgres.createDatabase(BENCH_DATABASE);
  return { url: postgres.url(BENCH_DATABASE), embedded: true, stop: () => postgres.stop() };
}

async function statementsLoaded(url: string): Promise<boolean> {
  const rows = await query<{ shared_preload_libraries: string }>(url, "SHOW shared_preload_libraries");
  return rows[0]!.shared_preload_libraries.includes("pg_stat_statements");
}

/** Drops and recreates the embedded benchmark database (never a database named by BENCH_DATABASE_URL). */
export async function recreateBenchDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  await query(admin.toString(), `DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
  await query(admin.toString(), `CREATE DATABASE "${BENCH_DATABASE}"`);
}

export async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}
