import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/backup/backup-restore";
import { findPgTool, serverMajor } from "@/lib/backup/pg-tools";
import { seedDemoData } from "@/prisma/seed";
import { freshDatabase } from "../support/database";

// pg_dump must be at least the server's version; the test Postgres is the embedded 17.
const adminUrl = process.env.TEST_ADMIN_URL!;
const server = await serverMajor(adminUrl);
const tools = await Promise.all([findPgTool("pg_dump", server), findPgTool("pg_restore", server)]);
const missing = tools.find((t): t is { problem: string } => "problem" in t);
if (missing) console.warn(`SKIPPED the backup round trip: ${missing.problem}`);

const dir = mkdtempSync(path.join(tmpdir(), "readout-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every table's row count and a checksum of its rows in a stable order. */
async function contents(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
       where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; sum: string | null }>(
        `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as sum from ${name} t`,
      );
      result[name] = `${rows[0]!.n} ${rows[0]!.sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe.skipIf(Boolean(missing))("backup and restore", () => {
  it("round-trips a database with every kind of record, unchanged", async () => {
    const { prisma, url } = await freshDatabase();
    await seedDemoData(prisma);
    await prisma.$disconnect();
    const before = await contents(url);
    expect(Number(before['public."Meeting"']!.split(" ")[0])).toBeGreaterThan(0);

    const file = path.join(dir, "backup.dump");
    await backupDatabase(url, file);

    const target = new URL(adminUrl);
    target.pathname = `/r_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${target.pathname.slice(1)}"`);
    await admin.end();

    await restoreDatabase(target.toString(), file);
    expect(await contents(target.toString())).toEqual(before);
    await expect(restoreDatabase(target.toString(), file)).rejects.toThrow(/--replace/);
  }, 120_000);
});
