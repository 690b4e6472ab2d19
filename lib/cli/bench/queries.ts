import pg from "pg";

/**
 * Counts the statements a request sends to Postgres, from pg_stat_statements
 * (the benchmark's embedded Postgres loads it). Null where it is not available.
 */
export async function statementCounter(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const available = await client
    .query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
    .then(() => client.query("SELECT 1 FROM pg_stat_statements LIMIT 1"))
    .then(() => true)
    .catch(() => false);
  const total = async () => {
    const { rows } = await client.query<{ calls: string }>(
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`,
    );
    return Number(rows[0]!.calls);
  };
  return {
    available,
    /** Statements per run of `work`, averaged over `runs` runs made one after another. */
    async perRun(work: () => Promise<unknown>, runs = 5): Promise<number | null> {
      if (!available) return null;
      await work(); // warm
      const before = await total();
      for (let i = 0; i < runs; i++) await work();
      return ((await total()) - before) / runs;
    },
    close: () => client.end(),
  };
}
