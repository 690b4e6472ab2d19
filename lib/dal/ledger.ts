import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PledgeScope } from "@/lib/ledger/convert";
import type { LedgerMonth, LedgerPledge, LedgerTotals, OverduePledge } from "@/lib/ledger/figures";
import type { LedgerFilter, LedgerQuery } from "@/lib/ledger/query";
import { optionsSql, type OptionRow } from "@/lib/ledger/options";
import { pledgeRowsSql, toLedgerPledge, type PledgeRow } from "@/lib/ledger/pledge-rows";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";
import { timelineSql, type MonthRow } from "@/lib/ledger/timeline";
import { toTotals, totalsSql, type TotalsRow } from "@/lib/ledger/totals";
import { PAGE_SIZE } from "@/lib/pagination";

/** Today in UTC, as the overdue list counts days. */
export const utcToday = () => new Date().toISOString().slice(0, 10);

/** The ledger's totals over the published pledges in scope: overall, per party, kind and instrument. */
export async function getLedgerTotals(scope: LedgerFilter & { partyId?: string }): Promise<LedgerTotals> {
  await authorizeReader();
  const currency = reportingCurrency();
  const rows = await db().$queryRaw<TotalsRow[]>(totalsSql(published(scope), currency));
  return toTotals(rows, currency);
}

/** How many overdue pledges the ledger lists and counts: counting every one read ~130,000 index entries per view at 240,000 pledges. */
export const OVERDUE_LISTED = 1000;

/**
 * Published pledges past their due day and neither delivered nor cancelled, the longest overdue first.
 * Only the first `listed` are listed and counted: `total` is exact up to there, and `more` says there are others.
 */
export async function listOverduePledges(
  scope: LedgerFilter & { partyId?: string },
  page: number,
  today = utcToday(),
  listed = OVERDUE_LISTED,
): Promise<{ items: OverduePledge[]; total: number; more: boolean }> {
  await authorizeReader();
  const offset = (page - 1) * PAGE_SIZE;
  if (offset >= listed) return { items: [], total: 0, more: false };
  const currency = reportingCurrency();
  const rows = await db().$queryRaw<(PledgeRow & { days_overdue: number })[]>(
    pledgeRowsSql(published(scope), currency, {
      order: "overdue",
      limit: Math.min(PAGE_SIZE, listed - offset),
      offset,
      where: Prisma.sql`p.due_date < ${today}::date AND p.status IN ('open', 'partly_delivered')`,
      extra: Prisma.sql`, (${today}::date - p.due_date)::int AS days_overdue`,
      countUpTo: listed + 1,
    }),
  );
  const counted = rows[0]?.total ?? 0;
  return { items: rows.map((r) => ({ ...toLedgerPledge(r, currency), daysOverdue: r.days_overdue })), total: Math.min(counted, listed), more: counted > listed };
}

/** Published pledges in scope, a page at a time. */
export async function listPledges(scope: LedgerFilter & { partyId?: string }, page: number, order: "number" | "newest" = "number"): Promise<{ items: LedgerPledge[]; total: number }> {
  await authorizeReader();
  const currency = reportingCurrency();
  const rows = await db().$queryRaw<PledgeRow[]>(pledgeRowsSql(published(scope), currency, { order, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }));
  return { items: rows.map((r) => toLedgerPledge(r, currency)), total: rows[0]?.total ?? 0 };
}

/** Cumulative pledged and delivered by month, converted, for the chart. */
export async function getLedgerTimeline(scope: LedgerFilter & { partyId?: string }): Promise<LedgerMonth[]> {
  await authorizeReader();
  const rows = await db().$queryRaw<MonthRow[]>(timelineSql(published(scope), reportingCurrency()));
  return rows.map((r) => ({ month: r.month, pledged: Number(r.pledged), delivered: Number(r.delivered) }));
}

/** Series and recipients of published pledges, for the filter menus. */
export async function listLedgerFilterOptions(): Promise<{ series: string[]; recipients: { slug: string; name: string }[] }> {
  await authorizeReader();
  const rows = await db().$queryRaw<OptionRow[]>(optionsSql());
  return {
    series: rows.filter((r) => r.what === "series").map((r) => r.value),
    recipients: rows.filter((r) => r.what === "recipient").map((r) => ({ slug: r.value, name: r.label })),
  };
}

/** For staff: what the totals leave out because it is not public yet. Null for everyone else. */
export async function countPendingLedgerItems(): Promise<{ pledges: number; events: number } | null> {
  const user = await authorizeReader();
  if (!can(user, "read:meeting:any")) return null;
  const [row] = await db().$queryRaw<{ pledges: number; events: number }[]>`
    SELECT (SELECT count(*) FROM "Pledge" WHERE "publishedAt" IS NULL)::int AS pledges,
           (SELECT count(*) FROM "PledgeEvent" WHERE state = 'proposed')::int AS events`;
  return row ?? { pledges: 0, events: 0 };
}

// Totals, lists and charts count published pledges only, for every role.
const published = (scope: LedgerFilter & { partyId?: string }): PledgeScope => ({
  ...(scope.series ? { series: scope.series } : {}),
  ...(scope.from ? { from: scope.from } : {}),
  ...(scope.to ? { to: scope.to } : {}),
  ...(scope.recipient ? { recipient: scope.recipient } : {}),
  ...(scope.partyId ? { partyId: scope.partyId } : {}),
});

/** Everything the ledger page shows, in a fixed number of queries however many pledges there are. */
export async function getLedgerView(query: LedgerQuery, today = utcToday()) {
  const [totals, overdue, months, options, pending] = await Promise.all([
    getLedgerTotals(query),
    listOverduePledges(query, query.page, today),
    getLedgerTimeline(query),
    listLedgerFilterOptions(),
    countPendingLedgerItems(),
  ]);
  return { totals, overdue, months, options, pending };
}
