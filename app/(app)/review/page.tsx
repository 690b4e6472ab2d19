import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { MeetingList } from "@/components/meeting-list";
import { requireUser } from "@/lib/auth/current-user";
import { listMeetings } from "@/lib/dal/meetings";
import { pageCount, parsePage } from "@/lib/pagination";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireUser("review:meeting:any");
  const page = parsePage((await searchParams).page);
  const { items, total } = await listMeetings("review-queue", page);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="text-sm text-slate-600">Oldest first. You cannot approve records you created or edited.</p>
      {items.length ? <MeetingList items={items} label="Review queue" /> : <EmptyState title="Nothing is waiting for review." />}
      <Pagination page={page} pageCount={pageCount(total)} basePath="/review" />
    </div>
  );
}
