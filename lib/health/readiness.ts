import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";

export type Readiness = { ready: true } | { ready: false; reason: "database_unreachable" | "migrations_pending" };

// A positive answer about migrations is kept briefly so that a load balancer
// polling every second costs one `select 1`; losing it costs one query more.
const MIGRATIONS_TTL_MS = 5_000;
const TIMEOUT_MS = 3_000;
let migrationsCheckedAt = -Infinity;

function expectedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

async function migrationsApplied(): Promise<boolean> {
  const rows = await db().$queryRaw<{ migration_name: string }[]>`
    select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null`;
  const applied = new Set(rows.map((row) => row.migration_name));
  return expectedMigrations().every((name) => applied.has(name));
}

async function check(): Promise<Readiness> {
  if (Date.now() - migrationsCheckedAt < MIGRATIONS_TTL_MS) {
    await db().$queryRaw`select 1`;
    return { ready: true };
  }
  if (!(await migrationsApplied())) return { ready: false, reason: "migrations_pending" };
  migrationsCheckedAt = Date.now();
  return { ready: true };
}

/** Whether this instance can serve: the database answers and has every migration this build expects. */
export async function readiness(): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: "database_unreachable" }), TIMEOUT_MS);
  });
  try {
    return await Promise.race([check(), timeout]);
  } catch {
    migrationsCheckedAt = -Infinity;
    return { ready: false, reason: "database_unreachable" };
  } finally {
    clearTimeout(timer);
  }
}
