import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { MeetingList } from "@/components/meeting-list";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listMeetings, type MeetingListScope } from "@/lib/dal/meetings";
import { pageCount, parsePage } from "@/lib/pagination";

export const metadata: Metadata = { title: "Meetings" };

const TABS: { scope: MeetingListScope; label: string; empty: string }[] = [
  { scope: "all", label: "All meetings", empty: "No meetings have been recorded yet." },
  { scope: "my-drafts", label: "My drafts", empty: "You have no drafts." },
];

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("read:meeting:any");
  const params = await searchParams;
  const tab = TABS.find((t) => t.scope === params.scope) ?? TABS[0]!;
  const page = parsePage(params.page);
  const { items, total } = await listMeetings(tab.scope, page);
  return (
    <div className="space-y-4">
      {params.discarded === "1" ? <Alert tone="success">Draft discarded. It is gone from every list; the audit log keeps what happened.</Alert> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Meetings</h1>
        {can(user, "create:meeting") ? <ButtonLink href="/meetings/new">Record a meeting</ButtonLink> : null}
      </div>
      <nav aria-label="Meeting lists" className="flex gap-2 border-b border-slate-200">
        {TABS.map((t) => (
          <Link
            key={t.scope}
            href={`/meetings?scope=${t.scope}`}
            aria-current={t.scope === tab.scope ? "page" : undefined}
            className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm text-slate-600 aria-[current=page]:border-brand-700 aria-[current=page]:font-medium aria-[current=page]:text-brand-700"
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {items.length ? (
        <MeetingList items={items} label={tab.label} />
      ) : (
        <EmptyState title={page > 1 ? "There is no such page." : tab.empty} />
      )}
      <Pagination page={page} pageCount={pageCount(total)} basePath="/meetings" params={{ scope: tab.scope }} />
    </div>
  );
}
