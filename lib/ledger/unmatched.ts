import type { Db, Tx } from "@/lib/db";

export type UnmatchedRow = { field: "participant" | "commitment"; text: string; title: string; number: number; meetingId: string };

/** Participants and commitments whose party no alias matched: recorded before parties existed. */
export async function listUnmatched(client: Db | Tx, limit = 10_000): Promise<UnmatchedRow[]> {
  return client.$queryRaw<UnmatchedRow[]>`
    SELECT 'participant' AS field, p.name AS text, r.title, r.number, r."meetingId"
    FROM "Participant" p JOIN "Revision" r ON r.id = p."revisionId" WHERE p."partyId" IS NULL
    UNION ALL
    SELECT 'commitment', c.party, r.title, r.number, r."meetingId"
    FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId" WHERE c."partyId" IS NULL
    ORDER BY text, title, number
    LIMIT ${limit}`;
}

/** The same, one line per text, most frequent first: what an admin could add as aliases. */
export async function countUnmatched(client: Db | Tx, limit = 50): Promise<{ text: string; rows: number }[]> {
  const rows = await client.$queryRaw<{ text: string; rows: bigint }[]>`
    SELECT text, count(*) AS rows FROM (
      SELECT name AS text FROM "Participant" WHERE "partyId" IS NULL
      UNION ALL
      SELECT party FROM "Commitment" WHERE "partyId" IS NULL
    ) t GROUP BY text ORDER BY count(*) DESC, text LIMIT ${limit}`;
  return rows.map((r) => ({ text: r.text, rows: Number(r.rows) }));
}
