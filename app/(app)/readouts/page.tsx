import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ReadoutList } from "@/components/readout-list";
import { requireReader } from "@/lib/auth/reader";
import { listReadoutFilterOptions, listReadouts } from "@/lib/dal/readouts";
import { pageCount } from "@/lib/pagination";
import { parseReadoutQuery, queryParams } from "@/lib/readouts/query";
import { ReadoutFilters } from "./_components/readout-filters";

export const metadata: Metadata = { title: "Readouts" };

export default async function ReadoutsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireReader();
  const { query, notices } = parseReadoutQuery(await searchParams);
  const [{ items, total, notices: searchNotices }, options] = await Promise.all([listReadouts(query), listReadoutFilterOptions()]);
  const pages = pageCount(total);
  const params = queryParams(query);
  const exportQuery = new URLSearchParams(params).toString();
  const filtered = Object.keys(params).length > 0;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Published readouts</h1>
        <div className="flex gap-3 text-sm">
          <a href={`/readouts/commitments.csv${exportQuery ? `?${exportQuery}` : ""}`} className="text-brand-700 hover:underline">
            Commitments (CSV)
          </a>
          <a href="/readouts/feed.atom" className="text-brand-700 hover:underline">Atom feed</a>
        </div>
      </div>
      <ReadoutFilters query={query} series={options.series} participants={options.participants} />
      {[...notices, ...searchNotices].map((n) => (
        <Alert key={n} tone="info">{n}</Alert>
      ))}
      <p className="text-sm text-slate-600" aria-live="polite">
        {total} {total === 1 ? "readout" : "readouts"}
        {query.q ? `, best match first` : ", newest first"}
      </p>
      {items.length ? (
        <ReadoutList items={items} />
      ) : query.page > pages ? (
        <EmptyState title={`There is no page ${query.page}.`}>
          <Link href={`/readouts?${new URLSearchParams({ ...params, page: "1" })}`} className="text-brand-700 underline">
            Go to the first page
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title={filtered ? "No published readout matches." : "No readouts have been published yet."}>
          {filtered ? "Try fewer words or filters." : null}
        </EmptyState>
      )}
      <Pagination page={query.page} pageCount={pages} basePath="/readouts" params={params} />
    </div>
  );
}
