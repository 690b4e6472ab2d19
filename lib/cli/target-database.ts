import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/cli/embedded-postgres";
import { ROOT } from "@/lib/cli/run";

/**
 * DATABASE_URL when set; else the embedded database `npm start` keeps in
 * .data/postgres: the running one, or started just for this command.
 */
export async function targetDatabase(): Promise<{ url: string; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, release: async () => undefined };
  const dataDir = path.join(ROOT, ".data", "postgres");
  const port = Number(process.env.READOUT_PG_PORT ?? 54329);
  const url = `postgresql://readout:readout@127.0.0.1:${port}/readout`;
  if (await answers(url)) return { url, release: async () => undefined };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error("No embedded database in .data/postgres yet (run `npm start` once), and DATABASE_URL is not set.");
  }
  const embedded: RunningPostgres = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  await embedded.createDatabase("readout");
  return { url, release: () => embedded.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
