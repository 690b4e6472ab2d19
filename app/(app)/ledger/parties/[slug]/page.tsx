import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TotalsSummary } from "@/components/ledger/figures";
import { FiguresTable } from "@/components/ledger/figures-table";
import { PledgeTable } from "@/components/ledger/pledge-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-fields";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireReader } from "@/lib/auth/reader";
import { getLedgerTimeline, getLedgerTotals, listPledges } from "@/lib/dal/ledger";
import { getParty, listParticipation, listPartySeries } from "@/lib/dal/ledger-parties";
import { formatMeetingDay } from "@/lib/time/format";
import { humanize } from "@/lib/format";
import { kindLabel } from "@/lib/ledger/format";
import { pageCount, parsePage } from "@/lib/pagination";
import { readoutPath } from "@/lib/readouts/paths";
import { cleanText } from "@/lib/validation/parse";
import { LedgerCharts } from "../../_components/ledger-charts";
import { RatesFootnote } from "../../_components/rates-footnote";

export const metadata: Metadata = { title: "Party" };

export default async function PartyPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireReader();
  const party = await getParty((await params).slug);
  if (!party) notFound();
  const raw = await searchParams;
  const rawSeries = typeof raw.series === "string" ? cleanText(raw.series).trim().slice(0, 120) : "";
  const page = parsePage(raw.page);
  const seriesList = await listPartySeries(party.id);
  // Default: all series. A series the party never appeared in is shown as such, not an error.
  const series = rawSeries || undefined;
  const scope = { partyId: party.id, ...(series ? { series } : {}) };
  const [totals, pledges, months, participation] = await Promise.all([
    getLedgerTotals(scope),
    listPledges(scope, page, "newest"),
    getLedgerTimeline(scope),
    listParticipation(party.id, series),
  ]);
  const { currency } = totals;
  const heading = `${party.name} in ${series ?? "all series"}`;

  return (
    <div className="space-y-6">
      <p className="no-print text-sm"><Link href="/ledger" className="text-brand-700 hover:underline">← Ledger</Link></p>
      <div>
        <h1 className="text-2xl font-semibold">{heading}</h1>
        <p className="text-sm text-slate-600">{humanize(party.kind)}{party.code ? ` · ${party.code}` : ""} · figures in {currency}</p>
      </div>
      <form method="get" aria-label="Choose a series" className="no-print flex flex-wrap items-end gap-2">
        <FilterSelect name="series" label="Series" value={series} options={seriesList.map((s) => ({ value: s, label: s }))} className="min-w-64" />
        <Button type="submit" variant="secondary">Show</Button>
      </form>

      {totals.total.pledges === 0 ? (
        <EmptyState title={`No published pledge by ${party.name}${series ? ` in ${series}` : ""}.`} />
      ) : (
        <>
          <TotalsSummary figures={totals.total} currency={currency} />
          <section className="space-y-2">
            <PledgeTable caption={`Pledges (${pledges.total}), newest first`} pledges={pledges.items} showParty={false} />
            <Pagination page={page} pageCount={pageCount(pledges.total)} basePath={`/ledger/parties/${party.slug}`} params={series ? { series } : {}} />
          </section>
          <LedgerCharts totals={totals} months={months} params={{ party: party.slug, ...(series ? { series } : {}) }} showParties={false} />
          <FiguresTable caption="By kind" groupLabel="Kind" currency={currency} rows={totals.kinds.map((k) => ({ key: k.kind ?? "none", label: kindLabel(k.kind), figures: k }))} />
        </>
      )}

      <section aria-labelledby="participation-heading" className="space-y-2">
        <h2 id="participation-heading" className="text-xl font-semibold">Where {party.name} took part</h2>
        {participation.length ? (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {participation.map((p) => (
              <li key={p.meetingId} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <Link href={readoutPath(p.meetingId)} className="text-brand-700 hover:underline">{p.title}</Link>
                <span className="text-slate-600">{p.series} · {formatMeetingDay(p)} · {humanize(p.attendance)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={`No published readout lists ${party.name} as a participant${series ? ` in ${series}` : ""}.`} />
        )}
      </section>
      <RatesFootnote currency={currency} />
    </div>
  );
}
