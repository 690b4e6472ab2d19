import { Button, ButtonLink } from "@/components/ui/button";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import type { LedgerFilter } from "@/lib/ledger/query";

/** The ledger's filters as a plain GET form: works without JavaScript, and every view has a URL. */
export function LedgerFilters({ filter, series, recipients, action = "/ledger", showRecipient = true }: { filter: LedgerFilter; series: string[]; recipients: { slug: string; name: string }[]; action?: string; showRecipient?: boolean }) {
  return (
    <form method="get" action={action} aria-label="Filter the ledger" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterSelect name="series" label="Series" value={filter.series} options={series.map((s) => ({ value: s, label: s }))} />
        <FilterInput name="from" label="First announced from" type="date" value={filter.from} />
        <FilterInput name="to" label="First announced until" type="date" value={filter.to} />
        {showRecipient ? <FilterSelect name="recipient" label="Recipient" value={filter.recipient} options={recipients.map((r) => ({ value: r.slug, label: r.name }))} /> : null}
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">Apply filters</Button>
        <ButtonLink href={action} variant="ghost">Clear</ButtonLink>
      </div>
    </form>
  );
}
