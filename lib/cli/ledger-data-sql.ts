import { COMBINING_MARKS, DROPPED, SEPARATORS } from "@/lib/ledger/normalize-party";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import type { PartyRecord } from "@/lib/ledger/parties";
import { joinPublishedMeeting } from "@/lib/readouts/published";

// The SQL of the ledger's data migration (20261128200100_ledger_data), written
// by lib/cli/generate-ledger-data.ts. A migration never changes once applied:
// later parties or aliases go into a new migration (or are added by admins).

const literal = (value: string | null) => (value === null ? "NULL" : `'${value.replaceAll("'", "''")}'`);
/** A regular-expression character class as a SQL literal, non-ASCII characters as \uXXXX escapes. */
const charClass = (chars: string) =>
  literal(`[${chars.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}]`);

/** normalizePartyName() in SQL, from the same character lists. */
export function partyNormalizeFunctionSql(): string {
  return `CREATE OR REPLACE FUNCTION party_normalize(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    trim(regexp_replace(
      regexp_replace(
        regexp_replace(
          replace(lower(regexp_replace(normalize(name, NFKD), ${charClass(COMBINING_MARKS)}, '', 'g')), '&', ' and '),
          ${charClass(SEPARATORS)}, ' ', 'g'),
        ${charClass(DROPPED)}, '', 'g'),
      '\\s+', ' ', 'g')),
    '^the ', '')
$$;`;
}

function partiesSql(parties: PartyRecord[]): string {
  const partyRows = parties.map((p) => `  (gen_random_uuid()::text, ${literal(p.kind)}, ${literal(p.name)}, ${literal(p.code)}, ${literal(p.slug)})`);
  const aliasRows = parties.flatMap((p) =>
    p.aliases.map((alias) => `  (${literal(p.slug)}, ${literal(alias)}, ${literal(normalizePartyName(alias))})`),
  );
  return `INSERT INTO "Party" (id, kind, name, code, slug) VALUES
${partyRows.join(",\n")}
ON CONFLICT DO NOTHING;

INSERT INTO "PartyAlias" (id, "partyId", alias, normalized)
SELECT gen_random_uuid()::text, p.id, v.alias, v.normalized
FROM (VALUES
${aliasRows.join(",\n")}
) AS v(slug, alias, normalized)
JOIN "Party" p ON p.slug = v.slug
ON CONFLICT DO NOTHING;`;
}

const MATCH_SQL = `-- Free text recorded before parties existed, matched through the aliases.
-- What no alias matched stays null: \`npm run ledger:unmatched\` lists it.
UPDATE "Participant" t SET "partyId" = a."partyId"
FROM "PartyAlias" a
WHERE t."partyId" IS NULL AND a.normalized = party_normalize(t.name);

UPDATE "Commitment" t SET "partyId" = a."partyId"
FROM "PartyAlias" a
WHERE t."partyId" IS NULL AND a.normalized = party_normalize(t.party);

-- The recipient, as the meeting form assumes it: Ukraine when it took part.
UPDATE "Commitment" c SET "recipientId" = ua.id
FROM "Party" ua
WHERE ua.code = 'UA' AND c."recipientId" IS NULL
  AND EXISTS (SELECT 1 FROM "Participant" p WHERE p."revisionId" = c."revisionId" AND p."partyId" = ua.id);`;

const BACKFILL_SQL = `-- One pledge per commitment key of a meeting (the key is kept across its
-- revisions), numbered in the order the pledges were first announced.
CREATE TEMP TABLE ledger_backfill AS
SELECT r."meetingId" AS meeting_id, c.key, gen_random_uuid()::text AS pledge_id,
       min(r."startsAt") AS first_at, min(c.position) AS first_position
FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId"
WHERE c."pledgeId" IS NULL
GROUP BY r."meetingId", c.key;

-- Its terms start as those of the newest revision; the refresh below replaces
-- them with the published ones where the meeting is published.
INSERT INTO "Pledge" (id, "createdById", series, "partyId", "recipientId", kind, instrument, description,
                      amount, currency, quantity, unit, "dueDate")
SELECT b.pledge_id, m."createdById", n.series, n."partyId", n."recipientId", n.kind, n.instrument, n.description,
       n.amount, n.currency, n.quantity, n.unit, n."dueDate"
FROM ledger_backfill b
JOIN "Meeting" m ON m.id = b.meeting_id
JOIN LATERAL (
  SELECT r.series, c."partyId", c."recipientId", c.kind, c.instrument, c.description, c.amount, c.currency,
         c.quantity, c.unit, c."dueDate"
  FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId"
  WHERE r."meetingId" = b.meeting_id AND c.key = b.key
  ORDER BY r.number DESC LIMIT 1
) n ON true
ORDER BY b.first_at, b.meeting_id, b.first_position;

UPDATE "Commitment" c SET "pledgeId" = b.pledge_id, announcement = 'new'
FROM "Revision" r, ledger_backfill b
WHERE r.id = c."revisionId" AND b.meeting_id = r."meetingId" AND b.key = c.key AND c."pledgeId" IS NULL;

-- The old status of the published revision becomes an approved event on the meeting day.
INSERT INTO "PledgeEvent" (id, "pledgeId", kind, amount, quantity, "asOf", source, state, "reviewedAt")
SELECT gen_random_uuid()::text, c."pledgeId",
       (CASE c.status WHEN 'allocated' THEN 'allocated' WHEN 'delivered' THEN 'delivered' ELSE 'cancelled' END)::"PledgeEventKind",
       CASE WHEN c.status = 'allocated' THEN c.amount END,
       CASE WHEN c.status = 'allocated' THEN c.quantity END,
       r."startsAt"::date, 'Recorded before the ledger', 'approved', now()
FROM "Commitment" c
JOIN "Revision" r ON r.id = c."revisionId"
JOIN "Meeting" m ON m."publishedRevisionId" = r.id
JOIN ledger_backfill b ON b.pledge_id = c."pledgeId"
WHERE c.status IN ('allocated', 'delivered', 'cancelled');`;

// lib/ledger/refresh-pledges.ts as of this migration, for the backfilled pledges.
const REFRESH_SQL = `WITH ids AS (SELECT pledge_id AS id FROM ledger_backfill),
announced AS (
  SELECT c."pledgeId", r."startsAt", r.series, c."partyId", c."recipientId", c.kind, c.instrument,
         c.description, c.amount, c.currency, c.quantity, c.unit, c."dueDate"
  FROM "Commitment" c
  JOIN "Revision" r ON r.id = c."revisionId"
  ${joinPublishedMeeting()}
  WHERE c."pledgeId" IN (SELECT id FROM ids)
),
newest AS (
  SELECT DISTINCT ON ("pledgeId") * FROM announced ORDER BY "pledgeId", "startsAt" DESC
),
span AS (
  SELECT "pledgeId", min("startsAt")::date AS first_on, max("startsAt")::date AS last_on
  FROM announced GROUP BY "pledgeId"
),
progress AS (
  SELECT e."pledgeId",
    coalesce(sum(e.amount) FILTER (WHERE e.kind = 'allocated'), 0) AS allocated_amount,
    coalesce(sum(e.quantity) FILTER (WHERE e.kind = 'allocated'), 0) AS allocated_quantity,
    coalesce(sum(e.amount) FILTER (WHERE e.kind IN ('partly_delivered', 'delivered')), 0) AS delivered_amount,
    coalesce(sum(e.quantity) FILTER (WHERE e.kind IN ('partly_delivered', 'delivered')), 0) AS delivered_quantity,
    bool_or(e.kind = 'delivered') AS completed,
    bool_or(e.kind = 'delivered' AND e.amount IS NULL) AS rest_amount_delivered,
    bool_or(e.kind = 'delivered' AND e.quantity IS NULL) AS rest_quantity_delivered,
    bool_or(e.kind = 'cancelled') AS cancelled
  FROM "PledgeEvent" e
  WHERE e."pledgeId" IN (SELECT id FROM ids) AND e.state = 'approved'
  GROUP BY e."pledgeId"
),
computed AS (
  SELECT p.id,
    (n."pledgeId" IS NOT NULL OR i.state = 'approved') AS visible,
    n."pledgeId" IS NOT NULL AS announced,
    n.series, n."partyId", n."recipientId", n.kind, n.instrument, n.description, n.amount, n.currency,
    n.quantity, n.unit, n."dueDate", s.first_on, s.last_on,
    coalesce(g.allocated_amount, 0) AS allocated_amount,
    coalesce(g.allocated_quantity, 0) AS allocated_quantity,
    coalesce(g.delivered_amount, 0) AS delivered_amount,
    coalesce(g.delivered_quantity, 0) AS delivered_quantity,
    coalesce(g.completed, false) AS completed,
    coalesce(g.rest_amount_delivered, false) AS rest_amount_delivered,
    coalesce(g.rest_quantity_delivered, false) AS rest_quantity_delivered,
    coalesce(g.cancelled, false) AS cancelled
  FROM "Pledge" p
  LEFT JOIN newest n ON n."pledgeId" = p.id
  LEFT JOIN span s ON s."pledgeId" = p.id
  LEFT JOIN progress g ON g."pledgeId" = p.id
  LEFT JOIN "PledgeImport" i ON i.id = p."importId"
  WHERE p.id IN (SELECT id FROM ids)
)
UPDATE "Pledge" p SET
  "publishedAt" = CASE WHEN c.visible THEN coalesce(p."publishedAt", now()) ELSE NULL END,
  series = CASE WHEN c.announced THEN c.series ELSE p.series END,
  "partyId" = CASE WHEN c.announced THEN c."partyId" ELSE p."partyId" END,
  "recipientId" = CASE WHEN c.announced THEN c."recipientId" ELSE p."recipientId" END,
  kind = CASE WHEN c.announced THEN c.kind ELSE p.kind END,
  instrument = CASE WHEN c.announced THEN c.instrument ELSE p.instrument END,
  description = CASE WHEN c.announced THEN c.description ELSE p.description END,
  amount = CASE WHEN c.announced THEN c.amount ELSE p.amount END,
  currency = CASE WHEN c.announced THEN c.currency ELSE p.currency END,
  quantity = CASE WHEN c.announced THEN c.quantity ELSE p.quantity END,
  unit = CASE WHEN c.announced THEN c.unit ELSE p.unit END,
  "dueDate" = CASE WHEN c.announced THEN c."dueDate" ELSE p."dueDate" END,
  "announcedOn" = CASE WHEN c.announced THEN c.first_on ELSE p."announcedOn" END,
  "lastAnnouncedOn" = CASE WHEN c.announced THEN c.last_on ELSE p."lastAnnouncedOn" END,
  "allocatedAmount" = c.allocated_amount,
  "allocatedQuantity" = c.allocated_quantity,
  "deliveredAmount" = CASE
    WHEN c.rest_amount_delivered
      THEN greatest(c.delivered_amount, coalesce(CASE WHEN c.announced THEN c.amount ELSE p.amount END, 0))
    ELSE c.delivered_amount END,
  "deliveredQuantity" = CASE
    WHEN c.rest_quantity_delivered
      THEN greatest(c.delivered_quantity, coalesce(CASE WHEN c.announced THEN c.quantity ELSE p.quantity END, 0))
    ELSE c.delivered_quantity END,
  status = (CASE
    WHEN c.cancelled THEN 'cancelled'
    WHEN c.completed THEN 'delivered'
    WHEN c.delivered_amount > 0 OR c.delivered_quantity > 0 THEN 'partly_delivered'
    ELSE 'open' END)::"PledgeStatus"
FROM computed c
WHERE p.id = c.id;

DROP TABLE ledger_backfill;`;

/** The whole data migration: parties and aliases, matching, pledges for existing commitments. */
export function ledgerDataMigrationSql(parties: PartyRecord[]): string {
  return [
    "-- Generated by `npx tsx lib/cli/generate-ledger-data.ts` from i18n-iso-countries and",
    "-- lib/ledger/parties.ts. Do not edit: it is applied once; add parties in a new migration.",
    "-- Idempotent: running it again adds and changes nothing.",
    "",
    partyNormalizeFunctionSql(),
    "",
    partiesSql(parties),
    "",
    MATCH_SQL,
    "",
    BACKFILL_SQL,
    "",
    REFRESH_SQL,
    "",
  ].join("\n");
}
