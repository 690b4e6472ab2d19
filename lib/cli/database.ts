import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { bin, ROOT, run } from "@/lib/cli/run";

/** Fails with a message a person can act on when the database cannot be reached. */
export async function checkDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const where = safeLocation(url);
    throw new Error(
      `Cannot reach the database at ${where}: ${(error as Error).message}.\n` +
        `Check that Postgres is running there and that DATABASE_URL is right, ` +
        `or unset DATABASE_URL to let Readout start its own embedded Postgres.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function safeLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the address in DATABASE_URL (it is not a valid URL)";
  }
}

export async function generateClientIfMissing(): Promise<void> {
  if (!existsSync(path.join(ROOT, "lib/generated/prisma/client.ts"))) await run(bin("prisma"), ["generate"]);
}

export async function migrate(url: string, quiet = false): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit",
  });
}
