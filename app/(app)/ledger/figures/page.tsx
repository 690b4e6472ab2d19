import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartTable } from "@/components/ledger/charts/chart-table";
import { PrintButton } from "@/components/readout/print-button";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { requireReader } from "@/lib/auth/reader";
import { getLedgerTimeline, getLedgerTotals } from "@/lib/dal/ledger";
import { getParty } from "@/lib/dal/ledger-parties";
import { chartRows, chartTitles } from "@/lib/ledger/chart-rows";
import { filterParams, parseLedgerFilter } from "@/lib/ledger/query";
import { cleanText } from "@/lib/validation/parse";
import { RatesFootnote } from "../_components/rates-footnote";

export const metadata: Metadata = { title: "Ledger figures" };

/** The ledger's charts as tables, every figure they draw: their text alternative, linked from each chart, printable. */
export default async function LedgerFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireReader();
  const raw = await searchParams;
  const { filter, notices } = parseLedgerFilter(raw);
  const slug = typeof raw.party === "string" ? cleanText(raw.party).trim().slice(0, 120) : "";
  const party = slug ? await getParty(slug) : null;
  if (slug && !party) notFound();
  const scope = { ...filter, ...(party ? { partyId: party.id } : {}) };
  const [totals, months] = await Promise.all([getLedgerTotals(scope), getLedgerTimeline(scope)]);
  const { currency } = totals;
  const rows = chartRows(totals, months);
  const titles = chartTitles(currency, rows.partiesInMoney);
  const params = filterParams(filter);
  const query = new URLSearchParams(params).toString();
  const back = party ? `/ledger/parties/${party.slug}${filter.series ? `?${new URLSearchParams({ series: filter.series })}` : ""}` : `/ledger${query ? `?${query}` : ""}`;

  return (
    <div className="space-y-6">
      <p className="no-print text-sm"><Link href={back} className="text-brand-700 hover:underline">← {party ? party.name : "Ledger"}</Link></p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{party ? `${party.name}: ` : "Ledger "}figures as tables</h1>
          <p className="text-sm text-slate-600">
            Every figure the ledger&apos;s charts draw{filter.series ? `, in ${filter.series}` : ""}{filter.from || filter.to ? `, first announced ${filter.from ? `from ${filter.from}` : ""}${filter.from && filter.to ? " " : ""}${filter.to ? `until ${filter.to}` : ""}` : ""}. Figures in {currency}.
          </p>
        </div>
        <div className="no-print"><PrintButton /></div>
      </div>
      {notices.map((n) => (
        <Alert key={n} tone="warning">{n}</Alert>
      ))}
      {totals.total.pledges === 0 ? (
        <EmptyState title="No published pledge matches these filters." />
      ) : (
        <>
          {party ? null : (
            <section className="space-y-2">
              <ChartTable id="parties" title={titles.parties} columns={["Party", "Pledged", "Delivered"]} rows={rows.parties} currency={currency} />
              <p className="no-print text-sm">
                <Link href={`/ledger/parties${query ? `?${query}` : ""}`} className="text-brand-700 underline">Every party, with allocated and outstanding figures</Link>
              </p>
            </section>
          )}
          <ChartTable id="kinds" title={titles.kinds} columns={["Kind", "Pledged", "Delivered"]} rows={rows.kinds} currency={currency} />
          <ChartTable id="months" title={titles.months} columns={["End of month", "Pledged so far", "Delivered so far"]} rows={rows.months} currency={currency} />
          <p className="text-xs text-slate-600">Pledges that state no amount (equipment counted in units, undisclosed sums) are not in these figures.</p>
        </>
      )}
      <RatesFootnote currency={currency} />
    </div>
  );
}
