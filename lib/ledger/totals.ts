import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentKind, Instrument } from "@/lib/generated/prisma/enums";
import { convertedPledges, type PledgeScope } from "@/lib/ledger/convert";
import { keptScope, keptWhere, sumsComplete } from "@/lib/ledger/kept-scope";
import type { Figures, LedgerTotals, OriginalSubtotal, PartyRef } from "@/lib/ledger/figures";

type SumColumns = { pledges: number; unrated: number; undisclosed: number; pledged: string; allocated: string; delivered: string; outstanding: string };

export type TotalsRow = SumColumns & {
  by_party: boolean;
  by_kind: boolean;
  by_instrument: boolean;
  by_currency: boolean;
  party_id: string | null;
  kind: CommitmentKind | null;
  instrument: Instrument | null;
  currency: string | null;
  original_pledged: string;
  original_allocated: string;
  original_delivered: string;
  original_outstanding: string;
  party_name: string | null;
  party_slug: string | null;
  party_code: string | null;
};

/**
 * Every total the ledger shows, in one query: overall, per party, per kind
 * and per instrument (converted), each also split by original currency.
 * A pledge is one row however many meetings announced it, so re-announcing
 * never adds to a total.
 */
export function totalsSql(scope: PledgeScope, currency: string): Prisma.Sql {
  if (!keptScope(scope)) return summedTotalsSql(scope, currency);
  // The kept sums, unless some pledge's figures are stored in another currency (the setting changed):
  // then the sums over the pledges, which convert those as they read them.
  return Prisma.sql`
    SELECT t.*, pa.name AS party_name, pa.slug AS party_slug, pa.code AS party_code
    FROM (
      SELECT t."group" = 'party' AS by_party, t."group" = 'kind' AS by_kind, t."group" = 'instrument' AS by_instrument, t."byCurrency" AS by_currency,
        CASE WHEN t."group" = 'party' THEN nullif(t.key, '') END AS party_id,
        CASE WHEN t."group" = 'kind' THEN nullif(t.key, '')::"CommitmentKind" END AS kind,
        CASE WHEN t."group" = 'instrument' THEN nullif(t.key, '')::"Instrument" END AS instrument,
        CASE WHEN t."byCurrency" THEN nullif(t."pledgeCurrency", '') END AS currency,
        t.pledges, t.unrated, t.undisclosed, t.pledged::text AS pledged, t.allocated::text AS allocated,
        t.delivered::text AS delivered, t.outstanding::text AS outstanding,
        t."originalPledged"::text AS original_pledged, t."originalAllocated"::text AS original_allocated,
        t."originalDelivered"::text AS original_delivered, t."originalOutstanding"::text AS original_outstanding
      FROM "LedgerTotal" t
      WHERE ${keptWhere(scope, currency)} AND t.pledges > 0 AND ${sumsComplete(currency)}
    ) t
    LEFT JOIN "Party" pa ON t.by_party AND pa.id = t.party_id
    UNION ALL
    SELECT * FROM (${summedTotalsSql(scope, currency)}) summed WHERE NOT ${sumsComplete(currency)}`;
}

/** The same totals summed over the pledges in scope: for a date range or a recipient, which no kept sum covers. */
export function summedTotalsSql(scope: PledgeScope, currency: string): Prisma.Sql {
  return Prisma.sql`
    WITH pledge AS (${convertedPledges(scope, currency)}),
    grouped AS (
      SELECT
        grouping(party_id) = 0 AS by_party, grouping(kind) = 0 AS by_kind,
        grouping(instrument) = 0 AS by_instrument, grouping(currency) = 0 AS by_currency,
        party_id, kind, instrument, trim(currency) AS currency,
        count(*)::int AS pledges,
        count(*) FILTER (WHERE amount IS NOT NULL AND NOT rated)::int AS unrated,
        count(*) FILTER (WHERE amount IS NULL)::int AS undisclosed,
        coalesce(sum(pledged_converted), 0)::text AS pledged,
        coalesce(sum(allocated_converted), 0)::text AS allocated,
        coalesce(sum(delivered_converted), 0)::text AS delivered,
        coalesce(sum(outstanding_converted), 0)::text AS outstanding,
        coalesce(sum(amount), 0)::text AS original_pledged,
        coalesce(sum(allocated), 0)::text AS original_allocated,
        coalesce(sum(delivered), 0)::text AS original_delivered,
        coalesce(sum(outstanding), 0)::text AS original_outstanding
      FROM pledge
      GROUP BY GROUPING SETS ((), (party_id), (kind), (instrument), (currency), (party_id, currency), (kind, currency), (instrument, currency))
    )
    SELECT g.*, pa.name AS party_name, pa.slug AS party_slug, pa.code AS party_code
    FROM grouped g LEFT JOIN "Party" pa ON g.by_party AND pa.id = g.party_id`;
}

const EMPTY: Figures = { pledges: 0, unrated: 0, undisclosed: 0, pledged: "0", allocated: "0", delivered: "0", outstanding: "0", originals: [] };

const figures = (row: TotalsRow): Figures => ({
  pledges: row.pledges,
  unrated: row.unrated,
  undisclosed: row.undisclosed,
  pledged: row.pledged,
  allocated: row.allocated,
  delivered: row.delivered,
  outstanding: row.outstanding,
  originals: [],
});

const original = (row: TotalsRow): OriginalSubtotal => ({
  currency: row.currency,
  pledges: row.pledges,
  unrated: row.unrated,
  pledged: row.original_pledged,
  allocated: row.original_allocated,
  delivered: row.original_delivered,
  outstanding: row.original_outstanding,
});

const byPledged = (a: Figures, b: Figures) => Number(b.pledged) - Number(a.pledged) || b.pledges - a.pledges;

/** The grouping-set rows back into the totals and their groups, largest pledged first. */
export function toTotals(rows: TotalsRow[], currency: string): LedgerTotals {
  const groups = new Map<string, Figures & { party?: PartyRef | null; kind?: CommitmentKind | null; instrument?: Instrument | null }>();
  const keyOf = (row: TotalsRow) =>
    row.by_party ? `party:${row.party_id}` : row.by_kind ? `kind:${row.kind}` : row.by_instrument ? `instrument:${row.instrument}` : "total";
  for (const row of rows.filter((r) => !r.by_currency)) {
    groups.set(keyOf(row), {
      ...figures(row),
      ...(row.by_party ? { party: row.party_name && row.party_slug ? { name: row.party_name, slug: row.party_slug, code: row.party_code } : null } : {}),
      ...(row.by_kind ? { kind: row.kind } : {}),
      ...(row.by_instrument ? { instrument: row.instrument } : {}),
    });
  }
  for (const row of rows.filter((r) => r.by_currency)) {
    const group = groups.get(keyOf(row));
    if (group) group.originals.push(original(row));
  }
  for (const group of groups.values()) group.originals.sort((a, b) => (a.currency ?? "~").localeCompare(b.currency ?? "~"));
  const all = [...groups.entries()];
  const pick = (prefix: string) => all.filter(([key]) => key.startsWith(prefix)).map(([, value]) => value).sort(byPledged);
  return {
    currency,
    total: groups.get("total") ?? EMPTY,
    parties: pick("party:").map((g) => ({ ...g, party: g.party ?? null })),
    kinds: pick("kind:").map((g) => ({ ...g, kind: g.kind ?? null })),
    instruments: pick("instrument:").map((g) => ({ ...g, instrument: g.instrument ?? null })),
  };
}
