import type { Metadata } from "next";
import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-fields";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { countProposals } from "@/lib/dal/ledger-events";
import { listReviewQueue, parseQueueQuery, QUEUE_SORTS } from "@/lib/dal/review-queue";
import { pageCount, parsePage } from "@/lib/pagination";
import { QueueTable } from "@/components/queue-table";

export const metadata: Metadata = { title: "Review queue" };

const plural = (n: number) => (n === 1 ? "1 record" : `${n} records`);

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("review:meeting:any");
  const raw = await searchParams;
  const query = parseQueueQuery(raw);
  const page = parsePage(raw.page);
  const { items, waiting, matching, series } = await listReviewQueue(query, page);
  const proposals = can(user, "review:event:any") ? await countProposals() : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="text-sm text-slate-600">
        <strong className="font-semibold text-slate-900">{plural(waiting)} waiting for review</strong>
        {query.series ? `, ${matching} in ${query.series}` : ""}. Waiting time counts from submission. You cannot approve records you
        created or edited.
      </p>
      {proposals !== null ? (
        <p className="text-sm">
          <Link href="/review/events" className="font-medium text-brand-700 hover:underline">
            Pledge progress to review ({proposals})
          </Link>
        </p>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <FilterSelect name="series" label="Series" value={query.series} options={series.map((s) => ({ value: s, label: s }))} className="min-w-48" />
        <div className="min-w-48">
          <label htmlFor="queue-sort" className="mb-1 block text-xs font-medium text-slate-600">
            Sort by
          </label>
          <select id="queue-sort" name="sort" defaultValue={query.sort} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {Object.entries(QUEUE_SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Show
        </Button>
        <ButtonLink href="/review" variant="ghost">
          Clear
        </ButtonLink>
      </form>
      {items.length ? (
        <QueueTable items={items} now={new Date()} />
      ) : (
        <EmptyState title={page > 1 ? "There is no such page." : waiting ? "Nothing in this series is waiting." : "Nothing is waiting for review."} />
      )}
      <Pagination page={page} pageCount={pageCount(matching)} basePath="/review" params={{ series: query.series, sort: query.sort === "oldest" ? undefined : query.sort }} />
    </div>
  );
}
