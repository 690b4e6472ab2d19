import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TotalsSummary } from "@/components/ledger/figures";
import { FiguresTable, partyRows } from "@/components/ledger/figures-table";
import { PledgeTable } from "@/components/ledger/pledge-table";
import { PrintButton } from "@/components/readout/print-button";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireReader } from "@/lib/auth/reader";
import { can } from "@/lib/auth/permissions";
import { getLedgerView, OVERDUE_LISTED } from "@/lib/dal/ledger";
import { instrumentLabel, kindLabel } from "@/lib/ledger/format";
import { filterParams, parseLedgerQuery } from "@/lib/ledger/query";
import { pageCount } from "@/lib/pagination";
import { LedgerCharts } from "./_components/ledger-charts";
import { LedgerFilters } from "./_components/ledger-filters";
import { RatesFootnote } from "./_components/rates-footnote";

export const metadata: Metadata = { title: "Ledger" };

/** Parties in the overview's table; the rest are a page of their own (/ledger/parties). */
const PARTY_CAP = 10;

export default async function LedgerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireReader();
  const { query, notices } = parseLedgerQuery(await searchParams);
  const params = filterParams(query);
  const exportQuery = new URLSearchParams(params).toString();
  // The whole party list used to be this page's ?parties=all.
  if (query.allParties) redirect(`/ledger/parties${exportQuery ? `?${exportQuery}` : ""}`);
  const { totals, overdue, months, options, pending } = await getLedgerView(query);
  const filtered = Object.keys(params).length > 0;
  if (query.recipient && !options.recipients.some((r) => r.slug === query.recipient)) notices.push(`No published pledge is for the recipient “${query.recipient}”.`);
  const { currency } = totals;
  const parties = totals.parties.slice(0, PARTY_CAP);
  const allPartiesHref = `/ledger/parties${exportQuery ? `?${exportQuery}` : ""}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Commitments ledger</h1>
          <p className="text-sm text-slate-600">Who pledged what, how much has been delivered, and what is late. Figures in {currency}.</p>
        </div>
        <div className="no-print flex flex-wrap items-center gap-3 text-sm">
          <a href={`/ledger/pledges.csv${exportQuery ? `?${exportQuery}` : ""}`} className="text-brand-700 hover:underline">Pledges (CSV)</a>
          <a href={`/ledger/events.csv${exportQuery ? `?${exportQuery}` : ""}`} className="text-brand-700 hover:underline">Progress events (CSV)</a>
          {can(user, "import:pledge:any") ? <Link href="/ledger/import" className="text-brand-700 hover:underline">Import (CSV)</Link> : null}
          <PrintButton />
        </div>
      </div>
      <LedgerFilters filter={query} series={options.series} recipients={options.recipients} />
      {notices.map((n) => (
        <Alert key={n} tone="warning">{n}</Alert>
      ))}
      {pending && (pending.pledges || pending.events) ? (
        <Alert tone="info">
          Not in these figures, because not public yet: {pending.pledges} {pending.pledges === 1 ? "pledge" : "pledges"} only in unpublished meetings and{" "}
          {pending.events} proposed progress {pending.events === 1 ? "event" : "events"} awaiting review.
        </Alert>
      ) : null}

      {totals.total.pledges === 0 ? (
        <EmptyState title={filtered ? "No published pledge matches these filters." : "No pledges have been published yet."}>
          {filtered ? <Link href="/ledger" className="text-brand-700 underline">Show the whole ledger</Link> : "Pledges appear here once a meeting that announces them is published."}
        </EmptyState>
      ) : (
        <>
          <TotalsSummary figures={totals.total} currency={currency} />
          <section aria-labelledby="overdue-heading" className="space-y-2">
            <h2 id="overdue-heading" className="text-xl font-semibold">Overdue</h2>
            <p className="text-sm text-slate-600">Published pledges past their due date and neither delivered nor cancelled, the longest overdue first.</p>
            {overdue.items.length ? (
              <>
                <PledgeTable caption={overdue.more ? `More than ${OVERDUE_LISTED.toLocaleString("en")} overdue pledges` : `${overdue.total} overdue ${overdue.total === 1 ? "pledge" : "pledges"}`} pledges={overdue.items} />
                {overdue.more ? (
                  <p className="text-sm text-slate-600">
                    The {OVERDUE_LISTED.toLocaleString("en")} longest overdue are listed here. The pledges CSV has every pledge, with its due date and status.
                  </p>
                ) : null}
                <Pagination page={query.page} pageCount={pageCount(overdue.total)} basePath="/ledger" params={params} />
              </>
            ) : query.page > 1 ? (
              <EmptyState title={`There is no page ${query.page} of overdue pledges.`}>
                <Link href={`/ledger?${new URLSearchParams(params)}`} className="text-brand-700 underline">Go to the first page</Link>
              </EmptyState>
            ) : (
              <EmptyState title="Nothing is overdue." />
            )}
          </section>
          <LedgerCharts totals={totals} months={months} params={params} />
          <section id="by-party" className="space-y-2">
            <FiguresTable
              caption="By party"
              groupLabel="Party"
              currency={currency}
              rows={partyRows(parties, query.series)}
            />
            {parties.length < totals.parties.length ? (
              <p className="no-print text-sm">
                Showing the {parties.length} largest of {totals.parties.length} parties. <Link href={allPartiesHref} className="text-brand-700 underline">All {totals.parties.length} parties</Link>
              </p>
            ) : null}
          </section>
          <FiguresTable caption="By kind" groupLabel="Kind" currency={currency} rows={totals.kinds.map((k) => ({ key: k.kind ?? "none", label: kindLabel(k.kind), figures: k }))} />
          <FiguresTable caption="By instrument" groupLabel="Instrument" currency={currency} rows={totals.instruments.map((i) => ({ key: i.instrument ?? "none", label: instrumentLabel(i.instrument), figures: i }))} />
        </>
      )}
      <RatesFootnote currency={currency} />
    </div>
  );
}
