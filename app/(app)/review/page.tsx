import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { MeetingList } from "@/components/meeting-list";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { countProposals } from "@/lib/dal/ledger-events";
import { listMeetings } from "@/lib/dal/meetings";
import { pageCount, parsePage } from "@/lib/pagination";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser("review:meeting:any");
  const page = parsePage((await searchParams).page);
  const { items, total } = await listMeetings("review-queue", page);
  const proposals = can(user, "review:event:any") ? await countProposals() : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p className="text-sm text-slate-600">Oldest first. You cannot approve records you created or edited.</p>
      {proposals !== null ? (
        <p className="text-sm">
          <Link href="/review/events" className="font-medium text-brand-700 hover:underline">
            Pledge progress to review ({proposals})
          </Link>
        </p>
      ) : null}
      {items.length ? <MeetingList items={items} label="Review queue" /> : <EmptyState title="Nothing is waiting for review." />}
      <Pagination page={page} pageCount={pageCount(total)} basePath="/review" />
    </div>
  );
}
