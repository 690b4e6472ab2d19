import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/dal/notifications";
import { formatDateTime } from "@/lib/format";
import { pageCount, parsePage } from "@/lib/pagination";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireUser();
  const page = parsePage((await searchParams).page);
  const { items, total } = await listNotifications(page);
  const unread = items.some((n) => !n.readAt);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Notifications</h1>
        {unread ? (
          <form action={markAllReadAction}>
            <SubmitButton variant="secondary" pendingLabel="Marking…">Mark all as read</SubmitButton>
          </form>
        ) : null}
      </div>
      {items.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {items.map((n) => (
            <li key={n.id} className={`px-4 py-3 text-sm ${n.readAt ? "text-slate-600" : "font-medium"}`}>
              {!n.readAt ? <span className="sr-only">Unread: </span> : null}
              {/* A full page load, so the header's unread count is drawn afresh. */}
              <a href={`/notifications/${n.id}`} className="text-brand-700 hover:underline">{n.message}</a>
              <div className="text-xs font-normal text-slate-500">{formatDateTime(n.createdAt)}</div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="No notifications." />
      )}
      <Pagination page={page} pageCount={pageCount(total)} basePath="/notifications" />
    </div>
  );
}
