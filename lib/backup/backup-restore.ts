import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { requirePgTool } from "@/lib/backup/pg-tools";

const run = promisify(execFile);

// Custom format: compressed, and pg_restore can recreate it in any empty database.
export async function backupDatabase(url: string, file: string): Promise<void> {
  const pgDump = await requirePgTool("pg_dump", url);
  await run(pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
}

async function hasData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
    );
    return rows[0]!.n > 0;
  } finally {
    await client.end();
  }
}

/** Restores a backup; a database that already has tables is only replaced when asked to. */
export async function restoreDatabase(url: string, file: string, options: { replace?: boolean } = {}): Promise<void> {
  const pgRestore = await requirePgTool("pg_restore", url);
  if ((await hasData(url)) && !options.replace) {
    throw new Error("The database already has tables. Run again with --replace to drop them and restore the backup in their place.");
  }
  await run(pgRestore, ["--no-owner", "--no-privileges", "--clean", "--if-exists", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file]);
}
