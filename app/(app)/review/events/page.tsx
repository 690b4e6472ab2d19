import type { Metadata } from "next";
import Link from "next/link";
import { PledgeProgress } from "@/components/ledger/pledge-progress";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { listProposals } from "@/lib/dal/ledger-events";
import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { checkEvent } from "@/lib/ledger/event-rules";
import { eventFigures } from "@/lib/ledger/format-event";
import { isoDay } from "@/lib/validation/iso-date";
import { pageCount, parsePage } from "@/lib/pagination";
import { ReviewForm } from "./_components/review-form";

export const metadata: Metadata = { title: "Progress to review" };

const DONE: Record<string, string> = {
  "event-approve": "Approved. The event now counts in the ledger, and the proposer has been told.",
  "event-reject": "Rejected. The proposer has been told why.",
  "import-approve": "Approved. The import's pledges and events now count in the ledger.",
  "import-reject": "Rejected. The importer has been told why.",
};

export default async function EventQueuePage({ searchParams }: { searchParams: Promise<{ page?: string; done?: string }> }) {
  const user = await requireUser("review:event:any");
  const query = await searchParams;
  const page = parsePage(query.page);
  const done = query.done ? DONE[query.done] : undefined;
  const { events, eventTotal, imports, importTotal } = await listProposals(page);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Pledge progress to review</h1>
        <p className="mt-1 text-sm text-slate-600">
          Oldest first. Nothing here counts in the ledger until approved. You cannot decide on your own proposals.{" "}
          <Link href="/review" className="text-brand-700 hover:underline">Meetings to review</Link>
        </p>
      </div>

      {done ? <Alert tone="success">{done}</Alert> : null}

      {importTotal > 0 ? (
        <section aria-labelledby="imports" className="space-y-2">
          <h2 id="imports" className="font-semibold">Imports ({importTotal})</h2>
          <ul className="space-y-3">
            {imports.map((i) => (
              <li key={i.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
                <p className="font-medium">
                  {i.fileName}: {i.rowCount} rows, {i._count.pledges} new pledges and {i._count.events} events
                </p>
                <p className="text-slate-600">Imported by {i.createdBy?.name ?? "a former user"}, {formatDateTime(i.createdAt)}</p>
                <ReviewForm proposal="import" id={i.id} own={i.createdById === user.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="events" className="space-y-2">
        <h2 id="events" className="font-semibold">Proposed events ({eventTotal})</h2>
        {events.length === 0 ? (
          <EmptyState title="No proposed progress is waiting for review." />
        ) : (
          <ul className="space-y-3">
            {events.map((e) => {
              const check = checkEvent(e.pledge, { kind: e.kind, amount: e.amount, quantity: e.quantity, asOf: isoDay(e.asOf) });
              const problems = [check.refusal, ...Object.values(check.fieldErrors).flat(), ...check.warnings].filter((p): p is string => !!p);
              return (
                <li key={e.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
                  <div>
                    <p className="text-base font-medium">
                      {humanize(e.kind)}: {eventFigures(e, e.pledge)}, as of {formatDate(e.asOf)}
                    </p>
                    <p className="text-slate-600">
                      Source:{" "}
                      {e.sourceUrl ? (
                        <a href={e.sourceUrl} rel="noopener noreferrer nofollow" className="text-brand-700 underline">{e.source}</a>
                      ) : (
                        e.source
                      )}
                      {" · "}proposed by {e.proposedBy?.name ?? "a former user"}, {formatDateTime(e.proposedAt)}
                    </p>
                    {e.note ? <p className="mt-1 whitespace-pre-line text-slate-700">{e.note}</p> : null}
                  </div>
                  {problems.map((p) => (
                    <p key={p} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{p}</p>
                  ))}
                  <PledgeProgress pledge={e.pledge} />
                  <ReviewForm proposal="event" id={e.id} own={e.proposedById === user.id} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <Pagination page={page} pageCount={Math.max(pageCount(eventTotal), pageCount(importTotal))} basePath="/review/events" />
    </div>
  );
}
