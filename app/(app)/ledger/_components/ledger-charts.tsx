import { CumulativeChart } from "@/components/ledger/charts/cumulative-chart";
import { PledgedDeliveredBars } from "@/components/ledger/charts/pledged-delivered-bars";
import { hasMoney, type LedgerMonth, type LedgerTotals } from "@/lib/ledger/figures";
import { kindLabel } from "@/lib/ledger/format";

const TOP_PARTIES = 10;

/** Pledged against delivered by party (the largest few) and by kind, and both over time. */
export function LedgerCharts({ totals, months, showParties = true }: { totals: LedgerTotals; months: LedgerMonth[]; showParties?: boolean }) {
  const { currency } = totals;
  const bar = (label: string, f: { pledged: string; delivered: string }) => ({ label, pledged: Number(f.pledged), delivered: Number(f.delivered) });
  // Money charts draw only groups with an amount: a pledge of 40 vehicles is not "€0 pledged".
  const inMoney = totals.parties.filter(hasMoney);
  const parties = inMoney.slice(0, TOP_PARTIES).map((p) => bar(p.party?.name ?? "No party recorded", p));
  const more = inMoney.length - parties.length;
  return (
    <section aria-labelledby="charts-heading" className="space-y-4">
      <h2 id="charts-heading" className="text-xl font-semibold">Pledged and delivered</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        {showParties ? (
          <PledgedDeliveredBars id="chart-parties" title={`By party${more > 0 ? ` (the ${TOP_PARTIES} largest of ${inMoney.length})` : ""}, ${currency}`} rows={parties} currency={currency} groupLabel="Party" />
        ) : null}
        <PledgedDeliveredBars id="chart-kinds" title={`By kind, ${currency}`} rows={totals.kinds.filter(hasMoney).map((k) => bar(kindLabel(k.kind), k))} currency={currency} groupLabel="Kind" />
      </div>
      <p className="text-xs text-slate-600">Pledges that state no amount (equipment counted in units, undisclosed sums) are in the tables below, not in these charts.</p>
      <CumulativeChart id="chart-time" title={`Over time: cumulative pledged and delivered by month, ${currency}`} months={months} currency={currency} />
    </section>
  );
}
