import type { Tx } from "@/lib/db";
import { withLedgerSums } from "@/lib/ledger/ledger-sums";
import { storeConvertedFigures } from "@/lib/ledger/store-figures";
import { JOIN_PUBLISHED_MEETING } from "@/lib/readouts/published";

/**
 * Recomputes each pledge's snapshot from its inputs: the terms of its newest
 * published announcement (or, with none, its approved import), and the sums of
 * its approved events. Call it inside the transaction that changed an input
 * (a meeting published, archived or restored; an event or import approved) so
 * the ledger never disagrees with the readouts. It is the one writer of a
 * pledge's snapshot and, with a rate upload, of its stored converted figures.
 */
export async function refreshPledges(tx: Tx, pledgeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(pledgeIds)];
  if (ids.length === 0) return;
  await withLedgerSums(tx, ids, async () => {
    await snapshot(tx, ids);
    await storeConvertedFigures(tx, { ids });
  });
}

async function snapshot(tx: Tx, ids: string[]) {
  await tx.$executeRaw`
    WITH announced AS (
      SELECT c."pledgeId", r."startsAt", r.series, c."partyId", c."recipientId", c.kind, c.instrument,
             c.description, c.amount, c.currency, c.quantity, c.unit, c."dueDate"
      FROM "Commitment" c
      JOIN "Revision" r ON r.id = c."revisionId"
      ${JOIN_PUBLISHED_MEETING}
      WHERE c."pledgeId" = ANY(${ids})
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
      WHERE e."pledgeId" = ANY(${ids}) AND e.state = 'approved'
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
      WHERE p.id = ANY(${ids})
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
      -- "Delivered" with no figure closes the pledge: whatever was outstanding arrived.
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
    WHERE p.id = c.id`;
}

/** The pledges a meeting's revisions mention, for refreshing after its publication changes. */
export async function pledgeIdsOfMeeting(tx: Tx, meetingId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ pledgeId: string }[]>`
    SELECT DISTINCT c."pledgeId" FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId"
    WHERE r."meetingId" = ${meetingId} AND c."pledgeId" IS NOT NULL`;
  return rows.map((r) => r.pledgeId);
}
