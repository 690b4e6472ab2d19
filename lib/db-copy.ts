import "server-only";
import { Readable, finished } from "node:stream";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

// Downloads that Postgres writes itself (COPY … TO STDOUT) hold one connection
// for as long as the client reads. They take it from a small pool of their own,
// so pages never wait behind a download, and each runs in a transaction that
// holds one of a few slots (transaction advisory locks), so the bound holds
// across every app instance on the database, through PgBouncer in transaction
// mode too. A slot is free again when the download ends (commit) or when its
// connection is closed (the transaction is then rolled back by Postgres).
// See docs/decisions/0035-commitments-csv-by-copy.md.

/** Downloads by COPY running at once, across all instances. */
export const COPY_SLOTS = 4;

// The two-key advisory lock space (class, slot): apart from the one-key locks
// taken elsewhere with hashtext(…).
const SLOT_CLASS = "hashtext('readout:copy-slot')";

type PoolHolder = { readoutCopyPool?: { url: string; pool: pg.Pool } };

function copyPool(): pg.Pool {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start Readout with `npm start`, which provides one.");
  const holder = globalThis as PoolHolder;
  if (holder.readoutCopyPool?.url !== url) {
    const pool = new pg.Pool({ connectionString: url, max: COPY_SLOTS, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    pool.on("error", () => undefined); // an idle connection that drops is simply replaced
    holder.readoutCopyPool = { url, pool };
  }
  return holder.readoutCopyPool.pool;
}

/** A connection holding one slot, ready for one COPY. */
export type CopySlot = {
  /** Streams `COPY (select) TO STDOUT` as CSV with a header; the slot is freed when the stream ends, fails or is cancelled. */
  csv(select: string): Promise<ReadableStream<Uint8Array>>;
  /** Gives the slot back without copying. */
  drop(): void;
};

/** Takes a free slot, or null when every one is in use (on any instance). */
export async function takeCopySlot(): Promise<CopySlot | null> {
  const pool = copyPool();
  if (pool.totalCount >= COPY_SLOTS && pool.idleCount === 0) return null;
  const client = await pool.connect();
  client.on("error", () => undefined); // reported through the COPY stream; the connection is then dropped
  let slot = 0;
  try {
    // Postgres notices a client gone while it is still working, not only at its next write.
    await client.query("BEGIN READ ONLY; SET LOCAL client_connection_check_interval = 1000");
    for (let candidate = 1; candidate <= COPY_SLOTS && !slot; candidate++) {
      const { rows } = await client.query<{ taken: boolean }>(`SELECT pg_try_advisory_xact_lock(${SLOT_CLASS}, $1) AS taken`, [candidate]);
      if (rows[0]!.taken) slot = candidate;
    }
    if (!slot) await client.query("ROLLBACK");
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  if (!slot) {
    client.release();
    return null;
  }
  let used = false;
  const close = (error?: Error) => {
    if (error) return client.release(error); // closes the connection: Postgres rolls back, ending any COPY still running and freeing the slot
    client.query("COMMIT").then(
      () => client.release(),
      (failure: Error) => client.release(failure),
    );
  };
  return {
    drop() {
      if (!used) close(new Error("The COPY was not started."));
      used = true;
    },
    async csv(select) {
      if (used) throw new Error("A slot serves one COPY.");
      used = true;
      const copy = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`));
      copy.on("error", () => undefined); // pg-copy-streams emits a failure even after the stream was cancelled; finished() below reports it
      let ended = false;
      copy.once("end", () => (ended = true));
      finished(copy, (error) => close(ended && !error ? undefined : (error ?? new Error("The COPY was cut short."))));
      // Wait for the header or a failure, so that an error in the statement is a failed request, not a cut-off download.
      await new Promise<void>((resolve, reject) => {
        const settle = (error?: Error) => {
          copy.off("readable", settle).off("error", settle);
          if (error) reject(error);
          else resolve();
        };
        copy.once("readable", () => settle()).once("error", settle);
      });
      return Readable.toWeb(copy) as ReadableStream<Uint8Array>;
    },
  };
}
