import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentKind, Instrument, PledgeStatus } from "@/lib/generated/prisma/enums";
import { convertedPledges, type PledgeScope } from "@/lib/ledger/convert";
import type { LedgerPledge, PartyRef } from "@/lib/ledger/figures";

/** A converted pledge as Postgres returns it: numbers as text, so nothing is rounded in transit. */
export type PledgeRow = {
  id: string;
  number: number;
  published_at: Date | null;
  series: string | null;
  kind: CommitmentKind | null;
  instrument: Instrument | null;
  description: string;
  amount: string | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  due_date: Date | null;
  status: PledgeStatus;
  allocated: string;
  delivered: string;
  outstanding: string | null;
  allocated_quantity: number;
  delivered_quantity: number;
  announced_on: Date | null;
  last_announced_on: Date | null;
  rated: boolean;
  rate_date: Date | null;
  pledged_converted: string | null;
  allocated_converted: string | null;
  delivered_converted: string | null;
  outstanding_converted: string | null;
  party_name: string | null;
  party_slug: string | null;
  party_code: string | null;
  recipient_name: string | null;
  recipient_slug: string | null;
  recipient_code: string | null;
  total: number;
};

export const PLEDGE_ORDER = {
  number: Prisma.sql`p.number ASC`,
  newest: Prisma.sql`p.announced_on DESC NULLS LAST, p.number DESC`,
  overdue: Prisma.sql`p.due_date ASC, p.number ASC`,
} as const;

/**
 * Converted pledges with their parties' names, in `order`, with the number of
 * matching rows in `total`. `where` narrows further over the converted row p.
 * With `countUpTo`, counting stops there: `total` is then at most that number.
 */
export function pledgeRowsSql(
  scope: PledgeScope,
  currency: string,
  {
    order,
    limit,
    offset = 0,
    where = Prisma.sql`TRUE`,
    extra = Prisma.empty,
    countUpTo,
  }: { order: keyof typeof PLEDGE_ORDER; limit: number; offset?: number; where?: Prisma.Sql; extra?: Prisma.Sql; countUpTo?: number },
): Prisma.Sql {
  const counted = Prisma.sql`SELECT 1 FROM (${convertedPledges(scope, currency)}) p WHERE ${where}${countUpTo === undefined ? Prisma.empty : Prisma.sql` LIMIT ${countUpTo}`}`;
  return Prisma.sql`
    SELECT p.id, p.number, p.published_at, p.series, p.kind, p.instrument, p.description,
      p.amount::text AS amount, trim(p.currency) AS currency, p.quantity, p.unit, p.due_date, p.status,
      p.allocated::text AS allocated, p.delivered::text AS delivered, p.outstanding::text AS outstanding,
      p.allocated_quantity, p.delivered_quantity, p.announced_on, p.last_announced_on, p.rated, p.rate_date,
      p.pledged_converted::text AS pledged_converted, p.allocated_converted::text AS allocated_converted,
      p.delivered_converted::text AS delivered_converted, p.outstanding_converted::text AS outstanding_converted,
      pa.name AS party_name, pa.slug AS party_slug, pa.code AS party_code,
      re.name AS recipient_name, re.slug AS recipient_slug, re.code AS recipient_code,
      (SELECT count(*)::int FROM (${counted}) c) AS total ${extra}
    -- The page first, then its parties' names: the order can follow an index, and only a page is joined.
    FROM (
      SELECT * FROM (${convertedPledges(scope, currency, { where, order: PLEDGE_ORDER[order], limit: limit + offset })}) p
      ORDER BY ${PLEDGE_ORDER[order]}
      LIMIT ${limit} OFFSET ${offset}
    ) p
    LEFT JOIN "Party" pa ON pa.id = p.party_id
    LEFT JOIN "Party" re ON re.id = p.recipient_id
    ORDER BY ${PLEDGE_ORDER[order]}`;
}

const partyRef = (name: string | null, slug: string | null, code: string | null): PartyRef | null =>
  name && slug ? { name, slug, code } : null;

export function toLedgerPledge(row: PledgeRow, currency: string): LedgerPledge {
  return {
    id: row.id,
    number: row.number,
    publishedAt: row.published_at,
    series: row.series,
    party: partyRef(row.party_name, row.party_slug, row.party_code),
    recipient: partyRef(row.recipient_name, row.recipient_slug, row.recipient_code),
    kind: row.kind,
    instrument: row.instrument,
    description: row.description,
    amount: row.amount,
    currency: row.currency,
    quantity: row.quantity,
    unit: row.unit,
    dueDate: row.due_date,
    status: row.status,
    allocated: row.allocated,
    delivered: row.delivered,
    outstanding: row.outstanding,
    allocatedQuantity: row.allocated_quantity,
    deliveredQuantity: row.delivered_quantity,
    announcedOn: row.announced_on,
    lastAnnouncedOn: row.last_announced_on,
    converted: {
      currency,
      rated: row.rated,
      rateDate: row.rate_date,
      amount: row.pledged_converted,
      allocated: row.allocated_converted,
      delivered: row.delivered_converted,
      outstanding: row.outstanding_converted,
    },
  };
}
