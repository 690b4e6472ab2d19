import type { Metadata } from "next";
import Link from "next/link";
import { FiguresTable, partyRows } from "@/components/ledger/figures-table";
import { PrintButton } from "@/components/readout/print-button";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireReader } from "@/lib/auth/reader";
import { getLedgerTotals } from "@/lib/dal/ledger";
import { filterParams, parseLedgerFilter } from "@/lib/ledger/query";
import { PAGE_SIZE, pageCount, parsePage } from "@/lib/pagination";
import { RatesFootnote } from "../_components/rates-footnote";

export const metadata: Metadata = { title: "Parties in the ledger" };

/** Every party with published pledges, largest pledged first, a page at a time; the ledger's overview shows the first few. */
export default async function LedgerPartiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireReader();
  const raw = await searchParams;
  const { filter, notices } = parseLedgerFilter(raw);
  const page = parsePage(raw.page);
  const totals = await getLedgerTotals(filter);
  const { currency } = totals;
  const params = filterParams(filter);
  const query = new URLSearchParams(params).toString();
  const shown = totals.parties.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <div className="space-y-6">
      <p className="no-print text-sm"><Link href={`/ledger${query ? `?${query}` : ""}`} className="text-brand-700 hover:underline">← Ledger</Link></p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Parties in the ledger</h1>
          <p className="text-sm text-slate-600">Every party with a published pledge{filter.series ? ` in ${filter.series}` : ""}, the largest pledged first. Figures in {currency}.</p>
        </div>
        <div className="no-print"><PrintButton /></div>
      </div>
      {notices.map((n) => (
        <Alert key={n} tone="warning">{n}</Alert>
      ))}
      {shown.length ? (
        <section className="space-y-2">
          <FiguresTable
            caption={`By party: ${first}–${first + shown.length - 1} of ${totals.parties.length}`}
            groupLabel="Party"
            currency={currency}
            rows={partyRows(shown, filter.series)}
          />
          <Pagination page={page} pageCount={pageCount(totals.parties.length)} basePath="/ledger/parties" params={params} />
        </section>
      ) : page > 1 && totals.parties.length ? (
        <EmptyState title={`There is no page ${page} of parties.`}>
          <Link href={`/ledger/parties${query ? `?${query}` : ""}`} className="text-brand-700 underline">Go to the first page</Link>
        </EmptyState>
      ) : (
        <EmptyState title="No published pledge matches these filters." />
      )}
      <RatesFootnote currency={currency} />
    </div>
  );
}
