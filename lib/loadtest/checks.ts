import pg from "pg";
import type { WriteLog } from "@/lib/loadtest/writers";

export type Check = { name: string; failures: string[] };

/**
 * After the run, against the database itself: every acknowledged save is
 * there exactly once, no revision is half-written, every meeting's version is
 * its newest revision, and every acknowledged approval published that version.
 */
export async function checkDatabase(url: string, log: WriteLog, expectedItems: { participants: number; discussions: number; commitments: number }): Promise<Check[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: revisions } = await client.query<{ meetingId: string; number: number; title: string; participants: number; discussions: number; commitments: number }>(`
      SELECT r."meetingId", r.number, r.title,
        (SELECT count(*)::int FROM "Participant" p WHERE p."revisionId" = r.id) AS participants,
        (SELECT count(*)::int FROM "Discussion" d WHERE d."revisionId" = r.id) AS discussions,
        (SELECT count(*)::int FROM "Commitment" c WHERE c."revisionId" = r.id) AS commitments
      FROM "Revision" r WHERE r.title LIKE 'LT %'`);
    const markerOf = (title: string) => title.slice(0, title.indexOf(":") + 1);

    const lost = log.saves.filter((ack) => !revisions.some((r) => r.meetingId === ack.meetingId && r.number === ack.version && markerOf(r.title) === ack.marker));
    const meetingsPerMarker = new Map<string, Set<string>>();
    for (const r of revisions) meetingsPerMarker.set(markerOf(r.title), (meetingsPerMarker.get(markerOf(r.title)) ?? new Set()).add(r.meetingId));
    const duplicated = [...meetingsPerMarker].filter(([, meetings]) => meetings.size > 1).map(([marker]) => marker);
    const unknown = [...meetingsPerMarker.keys()].filter((marker) => !log.attempted.has(marker));
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
      { name: "acknowledged saves present", failures: lost.map((a) => `${a.marker} version ${a.version} is missing`) },
      { name: "no meeting recorded twice", failures: duplicated.map((m) => `${m} exists as more than one meeting`) },
      { name: "no record the load did not make", failures: unknown },
      { name: "no half-written revision", failures: halfWritten.map((r) => `${r.title.slice(0, 30)} v${r.number}: ${r.participants}/${r.discussions}/${r.commitments} items`) },
      { name: "every meeting's version is its newest revision", failures: behind.map((b) => `${b.id}: version ${b.version}, newest revision ${b.newest}`) },
      { name: "acknowledged approvals recorded once", failures: unpublished.map((a) => `${a.marker} version ${a.version}`) },
    ];
  } finally {
    await client.end();
  }
}
