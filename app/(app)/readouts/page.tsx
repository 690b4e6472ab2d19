import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ReadoutList } from "@/components/readout-list";
import { requireUser } from "@/lib/auth/current-user";
import { listReadouts } from "@/lib/dal/readouts";
import { pageCount, parsePage } from "@/lib/pagination";

export const metadata: Metadata = { title: "Readouts" };

export default async function ReadoutsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("read:readout");
  const page = parsePage((await searchParams).page);
  const { items, total } = await listReadouts(page);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Published readouts</h1>
      {items.length ? (
        <ReadoutList items={items} />
      ) : (
        <EmptyState title={page > 1 ? "There is no such page." : "No readouts have been published yet."} />
      )}
      <Pagination page={page} pageCount={pageCount(total)} basePath="/readouts" />
    </div>
  );
}
