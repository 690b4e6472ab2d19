import { CumulativeChart } from "@/components/ledger/charts/cumulative-chart";
import { PledgedDeliveredBars } from "@/components/ledger/charts/pledged-delivered-bars";
import { chartRows, chartTitles, figuresPath } from "@/lib/ledger/chart-rows";
import type { LedgerMonth, LedgerTotals } from "@/lib/ledger/figures";

/**
 * Pledged against delivered by party (the largest few) and by kind, and both
 * over time. Each chart links to its figures as a table; `params` are the
 * view's filters (and party), which the figures page repeats.
 */
export function LedgerCharts({ totals, months, params, showParties = true }: { totals: LedgerTotals; months: LedgerMonth[]; params: Record<string, string>; showParties?: boolean }) {
  const { currency } = totals;
  const rows = chartRows(totals, months);
  const titles = chartTitles(currency, rows.partiesInMoney);
  return (
    <section aria-labelledby="charts-heading" className="space-y-4">
      <h2 id="charts-heading" className="text-xl font-semibold">Pledged and delivered</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {showParties ? <PledgedDeliveredBars id="chart-parties" title={titles.parties} rows={rows.parties} currency={currency} tableHref={figuresPath(params, "parties")} /> : null}
        <PledgedDeliveredBars id="chart-kinds" title={titles.kinds} rows={rows.kinds} currency={currency} tableHref={figuresPath(params, "kinds")} />
      </div>
      <p className="text-xs text-slate-600">Pledges that state no amount (equipment counted in units, undisclosed sums) are in the tables below, not in these charts.</p>
      <CumulativeChart id="chart-time" title={titles.months} months={months} currency={currency} tableHref={figuresPath(params, "months")} />
    </section>
  );
}
