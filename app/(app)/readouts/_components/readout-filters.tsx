import { Button, ButtonLink } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FilterInput, FilterSelect } from "@/components/ui/filter-fields";
import { humanize } from "@/lib/format";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, TOPICS } from "@/lib/validation/meeting";

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));

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
        <FilterInput name="from" label="From" type="date" value={query.from} />
        <FilterInput name="to" label="To" type="date" value={query.to} />
        <FilterSelect name="series" label="Series" value={query.series} options={series.map((s) => ({ value: s, label: s }))} />
        <FilterInput name="participant" label="Participant" value={query.participant} list="participant-options" />
        <datalist id="participant-options">
          {participants.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
        <FilterSelect name="topic" label="Discussion topic" value={query.topic} options={choices(TOPICS)} />
        <FilterSelect name="kind" label="Commitment kind" value={query.kind} options={choices(COMMITMENT_KINDS)} />
        <FilterSelect name="status" label="Commitment status" value={query.status} options={choices(COMMITMENT_STATUSES)} />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">Apply filters</Button>
        <ButtonLink href="/readouts" variant="ghost">Clear</ButtonLink>
      </div>
    </form>
  );
}
