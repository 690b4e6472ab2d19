import { randomUUID } from "node:crypto";
import pg from "pg";

/**
 * A transaction on its own connection that has locked a meeting's row, as a
 * concurrent request (another tab, another app instance) holds it while it
 * changes the record. Nothing it does is visible until `commit()`.
 */
export async function lockMeetingElsewhere(url: string, meetingId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`SELECT id FROM "Meeting" WHERE id = $1 FOR UPDATE`, [meetingId]);
  return {
    /** What the editor's withdraw does. */
    withdraw: () => client.query(`UPDATE "Meeting" SET "workingCopy" = 'draft' WHERE id = $1`, [meetingId]),
    /** What another editor's save does: the next version, as a new revision. */
    saveNextVersion: async (title: string) => {
      const { rows } = await client.query<{ version: number }>(
        `UPDATE "Meeting" SET version = version + 1, "workingCopy" = 'draft' WHERE id = $1 RETURNING version`,
        [meetingId],
      );
      await client.query(
        `INSERT INTO "Revision" (id, "meetingId", number, "editorId", title, series, "startsAt", "endsAt", location, format, chair, summary, implications)
         SELECT $2, "meetingId", $3, "editorId", $4, series, "startsAt", "endsAt", location, format, chair, summary, implications
         FROM "Revision" WHERE "meetingId" = $1 AND number = $3 - 1`,
        [meetingId, randomUUID(), rows[0]!.version, title],
      );
    },
    commit: async () => {
      await client.query("COMMIT");
      await client.end();
    },
  };
}

/** Resolves once another connection to this database is waiting for a lock. */
export async function untilSomeoneWaitsForALock(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A guard against hanging, not a timing assumption: the wait shows up in milliseconds.
    const giveUpAt = Date.now() + 20_000;
    while (Date.now() < giveUpAt) {
      const { rows } = await client.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      if (rows[0]!.waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error("Nobody waited for the lock.");
  } finally {
    await client.end();
  }
}

/** A promise that can be asked whether it has settled yet. */
export function watch<T>(promise: Promise<T>) {
  const state = { settled: false, promise };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}
