import pg from "pg";
import type { Save, WriteLog } from "@/lib/loadtest/writers";

export type Check = { name: string; failures: string[] };
type MarkedRevision = { meetingId: string; number: number; title: string };

const markerOf = (title: string) => title.slice(0, title.indexOf(":") + 1);

/**
 * Each save against the revisions that carry its marker: an acknowledged one
 * is there exactly once, where the app said; one whose retry was refused as
 * already saved is there exactly once; one whose answer was lost is there at
 * most once. A retry must never have written a second revision.
 */
export function checkSaves(revisions: MarkedRevision[], saves: Save[]): { lost: string[]; duplicated: string[]; unknown: string[] } {
  const carriers = new Map<string, MarkedRevision[]>();
  for (const r of revisions) carriers.set(markerOf(r.title), [...(carriers.get(markerOf(r.title)) ?? []), r]);
  const lost: string[] = [];
  const duplicated: string[] = [];
  for (const save of saves) {
    const found = carriers.get(save.marker) ?? [];
    if (found.length > 1) duplicated.push(`${save.marker} (${save.landed}) is in ${found.length} revisions`);
    if (save.landed === "unknown") continue;
    const where = found.filter((r) => r.meetingId === save.meetingId && (save.version === undefined || r.number === save.version));
    if (where.length === 0) lost.push(`${save.marker} (${save.landed}) is missing${save.version ? ` from version ${save.version}` : ""}`);
  }
  const attempted = new Set(saves.map((s) => s.marker));
  const unknown = [...carriers.keys()].filter((marker) => !attempted.has(marker));
  return { lost, duplicated, unknown };
}

/**
 * After the run, against the database itself: every save landed as its
 * answer said, once; no revision is half-written; every meeting's version is
 * its newest revision; every acknowledged approval published that version.
 */
export async function checkDatabase(url: string, log: WriteLog, expectedItems: { participants: number; discussions: number; commitments: number }): Promise<Check[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: revisions } = await client.query<MarkedRevision & { participants: number; discussions: number; commitments: number }>(`
      SELECT r."meetingId", r.number, r.title,
        (SELECT count(*)::int FROM "Participant" p WHERE p."revisionId" = r.id) AS participants,
        (SELECT count(*)::int FROM "Discussion" d WHERE d."revisionId" = r.id) AS discussions,
        (SELECT count(*)::int FROM "Commitment" c WHERE c."revisionId" = r.id) AS commitments
      FROM "Revision" r WHERE r.title LIKE 'LT %'`);
    const { lost, duplicated, unknown } = checkSaves(revisions, log.saves);
    const halfWritten = revisions.filter(
      (r) => r.participants !== expectedItems.participants || r.discussions !== expectedItems.discussions || r.commitments !== expectedItems.commitments,
    );
    const { rows: behind } = await client.query<{ id: string; version: number; newest: number }>(`
      SELECT m.id, m.version, max(r.number)::int AS newest FROM "Meeting" m JOIN "Revision" r ON r."meetingId" = m.id
      GROUP BY m.id HAVING m.version <> max(r.number)`);
    const { rows: published } = await client.query<{ meetingId: string; number: number; approvals: number }>(`
      SELECT r."meetingId", r.number, count(v.id)::int AS approvals FROM "Revision" r
      JOIN "Review" v ON v."revisionId" = r.id AND v.decision = 'approved'
      WHERE r.title LIKE 'LT %' GROUP BY r.id`);
    const unpublished = log.approvals.filter((ack) => !published.some((p) => p.meetingId === ack.meetingId && p.number === ack.version && p.approvals === 1));

    return [
      { name: "every save that landed is present", failures: lost },
      { name: "no save written twice (retries included)", failures: duplicated },
      { name: "no record the load did not make", failures: unknown },
      { name: "no half-written revision", failures: halfWritten.map((r) => `${r.title.slice(0, 30)} v${r.number}: ${r.participants}/${r.discussions}/${r.commitments} items`) },
      { name: "every meeting's version is its newest revision", failures: behind.map((b) => `${b.id}: version ${b.version}, newest revision ${b.newest}`) },
      { name: "acknowledged approvals recorded once", failures: unpublished.map((a) => `${a.marker} version ${a.version}`) },
    ];
  } finally {
    await client.end();
  }
}
