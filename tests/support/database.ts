import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type Db } from "@/lib/db";

/**
 * A new database cloned from the migrated template that `npm test` prepared,
 * so each test file has its own data and files can run in parallel.
 */
export async function freshDatabase(): Promise<{ prisma: Db; url: string }> {
  const adminUrl = process.env.TEST_ADMIN_URL;
  const template = process.env.TEST_TEMPLATE_DB;
  if (!adminUrl || !template) throw new Error("Run integration tests with `npm test` (it starts Postgres).");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const prisma = createPrismaClient(url.toString());
  process.env.DATABASE_URL = url.toString();
  (globalThis as { readoutPrisma?: Db }).readoutPrisma = prisma;
  return { prisma, url: url.toString() };
}

/** Points the app's client back at a database a test file opened earlier. */
export function useDatabase(prisma: Db) {
  (globalThis as { readoutPrisma?: Db }).readoutPrisma = prisma;
}
