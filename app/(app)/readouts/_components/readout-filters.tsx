import { Button, ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { humanize } from "@/lib/format";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, TOPICS } from "@/lib/validation/meeting";

const label = "mb-1 block text-xs font-medium text-slate-600";

function EnumSelect({ name, title, value, options }: { name: string; title: string; value?: string; options: readonly string[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={label}>{title}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o} value={o}>{humanize(o)}</option>
        ))}
      </select>
    </div>
  );
}

/** Search and filters as a plain GET form: works without JavaScript, and every result page has a URL. */
export function ReadoutFilters({ query, series, participants }: { query: ReadoutQuery; series: string[]; participants: string[] }) {
  return (
    <form method="get" role="search" aria-label="Search readouts" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex gap-2">
        <label htmlFor="q" className="sr-only">Search readouts</label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder='Search: words, "exact phrase", -exclude'
          maxLength={300}
          className={inputClass}
        />
        <Button type="submit">Search</Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7">
        <div>
          <label htmlFor="filter-from" className={label}>From</label>
          <input id="filter-from" name="from" type="date" defaultValue={query.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-to" className={label}>To</label>
          <input id="filter-to" name="to" type="date" defaultValue={query.to ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-series" className={label}>Series</label>
          <select id="filter-series" name="series" defaultValue={query.series ?? ""} className={inputClass}>
            <option value="">Any</option>
            {series.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-participant" className={label}>Participant</label>
          <input id="filter-participant" name="participant" list="participant-options" defaultValue={query.participant ?? ""} className={inputClass} />
          <datalist id="participant-options">
            {participants.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </div>
        <EnumSelect name="topic" title="Discussion topic" value={query.topic} options={TOPICS} />
        <EnumSelect name="kind" title="Commitment kind" value={query.kind} options={COMMITMENT_KINDS} />
        <EnumSelect name="status" title="Commitment status" value={query.status} options={COMMITMENT_STATUSES} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">Apply filters</Button>
        <ButtonLink href="/readouts" variant="ghost">Clear</ButtonLink>
      </div>
    </form>
  );
}
