import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/backup/backup-restore";
import { findPgTool, serverMajor } from "@/lib/backup/pg-tools";
import { migrate } from "@/lib/cli/database";
import { startEmbeddedPostgres } from "@/lib/cli/embedded-postgres";
import { freePort } from "@/lib/cli/free-port";
import { throwAwayDataDir } from "@/lib/cli/postgres-places";
import { createPrismaClient, type Db } from "@/lib/db";
import { seedDemoData } from "@/prisma/seed";
import { freshDatabase } from "../support/database";

// pg_dump must be at least the server's version. The test Postgres is the
// embedded 17; where only an older client exists (Debian 12 ships 15), the
// round trip runs on a Postgres server of the client's own version from the
// distribution's packages (CI installs postgresql-15), so it never skips there.
const adminUrl = process.env.TEST_ADMIN_URL!;
const server = await roundTripServer();
if ("problem" in server) console.warn(`SKIPPED the backup round trip: ${server.problem}`);

type Server = { adminUrl: string; fresh: () => Promise<{ prisma: Db; url: string }>; stop: () => Promise<void> };

async function roundTripServer(): Promise<Server | { problem: string }> {
  const embedded = await toolsFor(await serverMajor(adminUrl));
  if (!("problem" in embedded)) return { adminUrl, fresh: freshDatabase, stop: async () => {} };
  for (const major of installedServerMajors()) {
    if ("problem" in (await toolsFor(major))) continue;
    const bin = `/usr/lib/postgresql/${major}/bin`;
    const dataDir = throwAwayDataDir("readout-backup-pg-");
    const postgres = await startEmbeddedPostgres({
      dataDir, port: await freePort(), persistent: false,
      binaries: { initdb: path.join(bin, "initdb"), postgres: path.join(bin, "postgres") },
    });
    const url = postgres.url("postgres");
    return {
      adminUrl: url,
      fresh: async () => {
        const name = `t_${randomBytes(6).toString("hex")}`;
        await postgres.createDatabase(name);
        const dbUrl = postgres.url(name);
        await migrate(dbUrl, true);
        return { prisma: createPrismaClient(dbUrl), url: dbUrl };
      },
      stop: async () => {
        await postgres.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  return embedded;
}

async function toolsFor(major: number): Promise<{ ok: true } | { problem: string }> {
  const tools = await Promise.all([findPgTool("pg_dump", major), findPgTool("pg_restore", major)]);
  return tools.find((t): t is { problem: string } => "problem" in t) ?? { ok: true };
}

function installedServerMajors(): number[] {
  const debian = "/usr/lib/postgresql";
  if (!existsSync(debian)) return [];
  return readdirSync(debian)
    .filter((d) => /^\d+$/.test(d) && existsSync(path.join(debian, d, "bin", "initdb")) && existsSync(path.join(debian, d, "bin", "postgres")))
    .map(Number)
    .sort((a, b) => b - a);
}

const dir = mkdtempSync(path.join(tmpdir(), "readout-backup-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!("problem" in server)) await server.stop();
});

/** A row in each table the demo data leaves empty, so the round trip covers every kind of record. */
async function addWhatTheDemoLacks(prisma: Db) {
  const user = await prisma.user.findFirstOrThrow({ where: { role: "editor" } });
  const meeting = await prisma.meeting.findFirstOrThrow();
  const day = new Date("2026-12-01T00:00:00Z");
  await prisma.comment.create({ data: { meetingId: meeting.id, authorId: user.id, body: "Check the amounts — “€1.2bn”?" } });
  await prisma.notification.create({ data: { userId: user.id, meetingId: meeting.id, kind: "approved", actorName: "Ana Ríos" } });
  await prisma.session.create({ data: { userId: user.id, expiresAt: day, userAgent: "test" } });
  await prisma.signInThrottle.create({ data: { key: "ip:192.0.2.1", failures: 2 } });
  await prisma.token.create({ data: { kind: "password_reset", hash: randomBytes(32).toString("hex"), userId: user.id, expiresAt: day } });
  await prisma.pledgeImport.create({ data: { fileName: "pledges.csv", rowCount: 0, createdById: user.id } });
  const revision = await prisma.revision.findFirstOrThrow({ where: { meetingId: meeting.id }, include: { participants: true } });
  const participant = revision.participants[0]!;
  await prisma.itemComment.create({
    data: { meetingId: meeting.id, revisionId: revision.id, itemKind: "participant", itemKey: participant.key, itemLabel: participant.name, body: "Is this the right delegation?", authorId: user.id },
  });
  await prisma.setting.create({ data: { key: "public_reading", value: false } });
  await prisma.accessToken.create({ data: { userId: user.id, name: "feed reader", scope: "read", prefix: "rdt_abcdef", hash: randomBytes(32).toString("hex"), expiresAt: day } });
}

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

describe.skipIf("problem" in server)("backup and restore", () => {
  it("round-trips a database with every kind of record, unchanged", async () => {
    if ("problem" in server) return;
    const { prisma, url } = await server.fresh();
    await seedDemoData(prisma);
    await addWhatTheDemoLacks(prisma);
    await prisma.$disconnect();
    const before = await contents(url);
    const empty = Object.entries(before).filter(([name, rows]) => name.startsWith("public.") && rows.startsWith("0 "));
    expect(empty.map(([name]) => name)).toEqual([]);

    const file = path.join(dir, "backup.dump");
    await backupDatabase(url, file);

    const target = new URL(server.adminUrl);
    target.pathname = `/r_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`create database "${target.pathname.slice(1)}"`);
    await admin.end();

    await restoreDatabase(target.toString(), file);
    expect(await contents(target.toString())).toEqual(before);
    await expect(restoreDatabase(target.toString(), file)).rejects.toThrow(/--replace/);
  }, 120_000);
});
