import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeEventKind, PledgeEventState } from "@/lib/generated/prisma/enums";
import { convertedPledges, type PledgeScope } from "@/lib/ledger/convert";
import type { LedgerEvent } from "@/lib/ledger/figures";

type EventRow = {
  id: string;
  pledge_number: number;
  kind: PledgeEventKind;
  state: PledgeEventState;
  amount: string | null;
  currency: string | null;
  converted_amount: string | null;
  rate_date: Date | null;
  quantity: number | null;
  unit: string | null;
  as_of: Date;
  source: string;
  source_url: string;
  note: string;
  reviewed_at: Date | null;
  series: string | null;
  party_name: string | null;
  party_slug: string | null;
  party_code: string | null;
};

/** Where a page of events starts: after this (pledge number, as-of day, id). */
export type EventCursor = { number: number; asOf: Date; id: string };

/**
 * Events of the pledges in scope, in the states asked for, with their amounts
 * converted at their pledge's rate, ordered by pledge, day and id.
 */
export function eventRowsSql(scope: PledgeScope, currency: string, { states, after, limit }: { states: PledgeEventState[]; after?: EventCursor; limit: number }): Prisma.Sql {
  const start = after ? Prisma.sql`(p.number, e."asOf", e.id) > (${after.number}, ${after.asOf.toISOString().slice(0, 10)}::date, ${after.id})` : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT e.id, p.number AS pledge_number, e.kind, e.state, e.amount::text AS amount, trim(p.currency) AS currency,
      CASE WHEN p.rated THEN round(e.amount * p.factor, 2)::text END AS converted_amount, p.rate_date,
      e.quantity, p.unit, e."asOf" AS as_of, e.source, e."sourceUrl" AS source_url, e.note, e."reviewedAt" AS reviewed_at,
      p.series, pa.name AS party_name, pa.slug AS party_slug, pa.code AS party_code
    FROM "PledgeEvent" e
    JOIN (${convertedPledges(scope, currency)}) p ON p.id = e."pledgeId"
    LEFT JOIN "Party" pa ON pa.id = p.party_id
    WHERE e.state::text IN (${Prisma.join(states)}) AND ${start}
    ORDER BY p.number, e."asOf", e.id
    LIMIT ${limit}`;
}

export function toLedgerEvent(row: EventRow, currency: string): LedgerEvent {
  return {
    id: row.id,
    pledgeNumber: row.pledge_number,
    party: row.party_name && row.party_slug ? { name: row.party_name, slug: row.party_slug, code: row.party_code } : null,
    series: row.series,
    kind: row.kind,
    pending: row.state !== "approved",
    amount: row.amount,
    currency: row.currency,
    converted: { currency, amount: row.converted_amount, rateDate: row.rate_date },
    quantity: row.quantity,
    unit: row.unit,
    asOf: row.as_of,
    source: row.source,
    sourceUrl: row.source_url,
    note: row.note,
    approvedAt: row.state === "approved" ? row.reviewed_at : null,
  };
}

export type { EventRow };
