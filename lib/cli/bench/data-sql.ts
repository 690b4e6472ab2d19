// The SQL that fills a benchmark database in bulk: set-based INSERT…SELECT over
// generate_series, never one save at a time. Sizes follow issue 14's archive:
// per revision 8 participants, 3–7 discussions, 4–20 commitments; one meeting
// in 7.5 has an earlier, superseded revision; a few meetings are very large.

/** Meetings whose published revision has 150 commitments and 50 discussions (the most the form takes). */
// Each has a single revision (n % 15 >= 2).
export const LARGE_MEETINGS = [7, 22, 37, 52];
export const LARGE_COMMITMENTS = 150;

export const meetingId = (n: number) => `bm${String(n).padStart(6, "0")}`;

const literal = (words: string[]) => `'{${words.join(",")}}'::text[]`;

/** Fills the tables from the temp tables `bench_series`, `bench_party` and `bench_ukraine`, with words from the vocabulary. */
export function bulkLoadSql(meetings: number, editorId: string, words: { field: string[]; invented: string[]; title: string[] }): string[] {
  const large = `ARRAY[${LARGE_MEETINGS.join(",")}]`;
  // Words drawn mostly from the field's vocabulary (the first words most often),
  // sometimes from invented words on a 1/rank curve: the last are found in a handful of readouts.
  // The arrays are literals in the function's text: read from a table, they would be unpacked at every word.
  const { field, invented, title } = words;
  return [
    `CREATE FUNCTION pg_temp.bench_text(words int) RETURNS text VOLATILE LANGUAGE sql AS $$
      SELECT string_agg(CASE WHEN random() < 0.97
          THEN (${literal(field)})[1 + floor(random() ^ 2 * ${field.length})::int]
          ELSE (${literal(invented)})[floor(exp(random() * ln(${invented.length + 1})))::int] END, ' ')
      FROM generate_series(1, words) $$`,
    // Item keys are UUIDs of version 4 (the form checks), yet the same for a meeting's item in each of its revisions.
    `CREATE FUNCTION pg_temp.bench_key(seed text) RETURNS text IMMUTABLE LANGUAGE sql AS $$
      SELECT overlay(overlay(md5(seed) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid::text $$`,
    `CREATE FUNCTION pg_temp.bench_title(words int) RETURNS text VOLATILE LANGUAGE sql AS $$
      SELECT initcap(string_agg((${literal(title)})[1 + floor(random() * ${title.length})::int], ' '))
      FROM generate_series(1, words) $$`,

    `INSERT INTO "Meeting" (id, "workingCopy", publication, version, "createdById", "createdAt", "updatedAt")
     SELECT 'bm' || lpad(i::text, 6, '0'), 'none', 'published', CASE WHEN i % 15 < 2 THEN 2 ELSE 1 END, '${editorId}', now(), now()
     FROM generate_series(1, ${meetings}) i`,

    // One row per revision with its sizes; the meeting's newest revision is the published one.
    `CREATE TEMP TABLE bench_rev AS
     SELECT 'br' || lpad(i::text, 6, '0') || '-' || n AS id, 'bm' || lpad(i::text, 6, '0') AS meeting_id, i, n,
       n = CASE WHEN i % 15 < 2 THEN 2 ELSE 1 END AS published,
       timestamp '2014-01-06 08:00' + make_interval(secs => i * (13 * 365 * 86400.0 / ${meetings})) + make_interval(hours => (i % 9)) AS starts_at,
       CASE WHEN i = ANY(${large}) THEN 30 ELSE 8 END AS np,
       CASE WHEN i = ANY(${large}) THEN 50 ELSE 3 + (i * 31 + n) % 5 END AS nd,
       CASE WHEN i = ANY(${large}) THEN ${LARGE_COMMITMENTS} ELSE 4 + (i * 7919 + n * 13) % 17 END AS nc
     FROM generate_series(1, ${meetings}) i, generate_series(1, CASE WHEN i % 15 < 2 THEN 2 ELSE 1 END) n`,

    `INSERT INTO "Revision" (id, "meetingId", number, "editorId", "createdAt", title, series, "startsAt", "endsAt", location, format, chair, summary, implications)
     SELECT r.id, r.meeting_id, r.n, '${editorId}', r.starts_at + interval '2 days',
       s.series[1 + r.i % array_length(s.series, 1)] || ': ' || pg_temp.bench_title(3 + r.i % 3),
       s.series[1 + r.i % array_length(s.series, 1)],
       r.starts_at, r.starts_at + interval '3 hours',
       (ARRAY['Brussels', 'Ramstein', 'Kyiv', 'Warsaw', 'Berlin', 'Paris', 'London', 'Rome', 'Vilnius', 'Online'])[1 + r.i % 10],
       (ARRAY['in_person', 'hybrid', 'virtual'])[1 + r.i % 3]::"MeetingFormat",
       (ARRAY['Chair of the group', 'Co-chairs', 'Secretariat', ''])[1 + r.i % 4],
       pg_temp.bench_text(40 + r.i % 30), pg_temp.bench_text(20 + r.i % 20)
     FROM bench_rev r, bench_series s`,

    // Ukraine takes part in nine meetings in ten (and is then each commitment's recipient, as the form assumes).
    `INSERT INTO "Participant" (id, key, "revisionId", position, name, "partyId", kind, attendance, representative)
     SELECT gen_random_uuid()::text, pg_temp.bench_key('p' || r.meeting_id || j), r.id, j,
       CASE WHEN j = 0 AND r.i % 10 <> 0 THEN 'Ukraine' ELSE p.name END,
       CASE WHEN j = 0 AND r.i % 10 <> 0 THEN u.id ELSE p.id END,
       CASE WHEN j = 0 AND r.i % 10 <> 0 THEN 'country' ELSE p.kind END::"ParticipantKind",
       (ARRAY['in_person', 'in_person', 'remote', 'absent'])[1 + (r.i + j) % 4]::"Attendance",
       CASE WHEN j % 3 = 0 THEN 'Minister of Defence' ELSE '' END
     FROM bench_rev r CROSS JOIN generate_series(0, r.np - 1) j CROSS JOIN bench_ukraine u
     JOIN bench_party p ON p.n = (r.i * 37 + j) % (SELECT count(*) FROM bench_party)`,

    `INSERT INTO "Discussion" (id, key, "revisionId", position, title, topic, notes, outcome)
     SELECT 'bd' || r.id || '-' || k, pg_temp.bench_key('d' || r.meeting_id || k), r.id, k, pg_temp.bench_title(2 + k % 3),
       (ARRAY['military_aid', 'training', 'industrial_cooperation', 'financial_support', 'humanitarian_aid', 'regional_security', 'other'])[1 + (r.i + k) % 7]::"Topic",
       pg_temp.bench_text(60 + (r.i + k) % 40), pg_temp.bench_text(15 + k % 10)
     FROM bench_rev r, generate_series(0, r.nd - 1) k`,

    // Commitment terms vary with (meeting, position) only, so a superseded revision re-announces the same pledge.
    // One pledge per commitment key of a meeting, as the ledger's data migration makes them, numbered in the
    // order first announced; a later revision re-announces it.
    `INSERT INTO "Pledge" (id, "createdById")
     SELECT md5('pledge' || r.meeting_id || k)::uuid::text, '${editorId}'
     FROM bench_rev r, generate_series(0, r.nc - 1) k
     GROUP BY r.meeting_id, k ORDER BY min(r.starts_at), r.meeting_id, k`,
    `INSERT INTO "Commitment" (id, key, "revisionId", "discussionId", position, party, "partyId", "recipientId", "pledgeId", announcement, kind, description, amount, currency, quantity, unit, "dueDate", status)
     SELECT gen_random_uuid()::text, pg_temp.bench_key('c' || r.meeting_id || k), r.id, 'bd' || r.id || '-' || (k % r.nd), k,
       p.name, p.id, CASE WHEN r.i % 10 <> 0 THEN u.id END,
       md5('pledge' || r.meeting_id || k)::uuid::text,
       (CASE WHEN r.n = 1 THEN 'new' ELSE 'reannounced' END)::"Announcement",
       ck::"CommitmentKind", pg_temp.bench_text(10 + k % 10),
       CASE WHEN ck IN ('financial', 'humanitarian', 'industrial') THEN ((r.i * 7 + k * 13) % 5000 + 1) * 100000 END,
       CASE WHEN ck IN ('financial', 'humanitarian', 'industrial') THEN (ARRAY['EUR', 'USD', 'GBP', 'EUR'])[1 + (r.i + k) % 4] END,
       CASE WHEN ck IN ('military', 'training') THEN (r.i * 11 + k * 17) % 20000 + 10 END,
       CASE WHEN ck = 'military' THEN (ARRAY['rounds', 'vehicles', 'systems', 'drones'])[1 + k % 4] WHEN ck = 'training' THEN 'trainees' END,
       CASE WHEN (r.i + k) % 10 < 7 THEN (r.starts_at + make_interval(days => 90 + (r.i * 3 + k * 29) % 700))::date END,
       (CASE WHEN (r.i * 3 + k) % 20 < 14 THEN 'pledged' WHEN (r.i * 3 + k) % 20 < 17 THEN 'allocated' WHEN (r.i * 3 + k) % 20 < 19 THEN 'delivered' ELSE 'cancelled' END)::"CommitmentStatus"
     FROM bench_rev r CROSS JOIN generate_series(0, r.nc - 1) k CROSS JOIN bench_ukraine u
     JOIN bench_party p ON p.n = (r.i * 37 + 1 + k % (r.np - 1)) % (SELECT count(*) FROM bench_party),
       LATERAL (SELECT (ARRAY['financial', 'military', 'humanitarian', 'training', 'industrial', 'other'])[1 + (r.i + k * 5) % 6] AS ck) kinds`,

    `UPDATE "Meeting" m SET "publishedRevisionId" = r.id, "publishedAt" = r.starts_at + interval '2 days', "firstPublishedAt" = r.starts_at + interval '2 days'
     FROM bench_rev r WHERE r.meeting_id = m.id AND r.published`,
    `UPDATE "Revision" v SET "publishedAt" = r.starts_at + interval '2 days'
     FROM bench_rev r WHERE r.id = v.id AND r.published`,
  ];
}

/**
 * An approved event for each published commitment's recorded progress (as the
 * ledger's data migration does); refreshPledges then fills in the pledges' terms and totals.
 */
export const PLEDGES_SQL = [
  `INSERT INTO "PledgeEvent" (id, "pledgeId", kind, amount, quantity, "asOf", source, state, "reviewedAt")
   SELECT gen_random_uuid()::text, c."pledgeId",
     (CASE c.status WHEN 'allocated' THEN 'allocated' WHEN 'delivered' THEN 'delivered' ELSE 'cancelled' END)::"PledgeEventKind",
     CASE WHEN c.status = 'allocated' THEN c.amount END, CASE WHEN c.status = 'allocated' THEN c.quantity END,
     r."startsAt"::date, 'Recorded at the meeting', 'approved', now()
   FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId" JOIN "Meeting" m ON m."publishedRevisionId" = r.id
   WHERE c.status IN ('allocated', 'delivered', 'cancelled')`,
];

/** Search vectors written the way lib/meetings/write-revision.ts writes them. */
export const SEARCH_VECTORS_SQL = `UPDATE "Revision" SET "searchVector" = revision_search_vector(id)`;
