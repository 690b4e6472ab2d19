import type { Db } from "@/lib/db";

let tables: string[] | undefined;

/**
 * A digest of every row of every table, per table: two equal fingerprints
 * mean a call changed nothing at all in Postgres.
 */
export async function fingerprint(prisma: Db, except: readonly string[] = []): Promise<Record<string, string>> {
  tables ??= (
    await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`
  ).map((t) => t.name);
  const watched = tables.filter((t) => !except.includes(t));
  const digests = watched.map((t) => `(SELECT count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') FROM "${t}" x) AS "${t}"`);
  const [row] = await prisma.$queryRawUnsafe<Record<string, string>[]>(`SELECT ${digests.join(", ")}`);
  return row!;
}
