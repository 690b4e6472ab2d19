import { hasMoney, type LedgerMonth, type LedgerTotals } from "@/lib/ledger/figures";
import { kindLabel, monthLabel } from "@/lib/ledger/format";

/** One bar pair of a chart, or one row of its table: pledged against delivered. */
export type ChartRow = { key: string; label: string; pledged: number; delivered: number };

/** How many parties the party chart draws: the largest by pledged amount. */
export const CHART_PARTIES = 10;

const row = (key: string, label: string, f: { pledged: string; delivered: string }): ChartRow => ({ key, label, pledged: Number(f.pledged), delivered: Number(f.delivered) });

/**
 * The figures the ledger's charts draw, the same for the chart and for its
 * table on the figures page. Money charts keep only groups with an amount:
 * a pledge of 40 vehicles is not "€0 pledged".
 */
export function chartRows(totals: LedgerTotals, months: LedgerMonth[]) {
  const inMoney = totals.parties.filter(hasMoney);
  return {
    parties: inMoney.slice(0, CHART_PARTIES).map((p) => row(p.party?.slug ?? "none", p.party?.name ?? "No party recorded", p)),
    partiesInMoney: inMoney.length,
    kinds: totals.kinds.filter(hasMoney).map((k) => row(k.kind ?? "none", kindLabel(k.kind), k)),
    months: months.map((m) => ({ key: m.month.toISOString().slice(0, 7), label: monthLabel(m.month), pledged: m.pledged, delivered: m.delivered })),
  };
}

/** The charts' titles, the same over a chart and over its table. */
export const chartTitles = (currency: string, partiesInMoney: number) => ({
  parties: `By party${partiesInMoney > CHART_PARTIES ? ` (the ${CHART_PARTIES} largest of ${partiesInMoney})` : ""}, ${currency}`,
  kinds: `By kind, ${currency}`,
  months: `Over time: cumulative pledged and delivered by month, ${currency}`,
});

/** Where a chart's figures are, as a table: the figures page, same filters, at that chart's table. */
export function figuresPath(params: Record<string, string>, chart: "parties" | "kinds" | "months"): string {
  const query = new URLSearchParams(params).toString();
  return `/ledger/figures${query ? `?${query}` : ""}#${chart}`;
}
