import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { eventFigures } from "@/lib/ledger/format-event";
import { WithdrawButton } from "./withdraw-button";

type Event = {
  id: string;
  kind: string;
  amount: string | null;
  quantity: number | null;
  asOf: Date;
  source: string;
  sourceUrl: string;
  state: "proposed" | "approved" | "rejected";
  proposedById: string | null;
  proposedAt: Date;
  proposedBy: { name: string } | null;
};

/** The pledge's progress so far: approved events, and pending ones marked as such. */
export function EventList({ pledge, events, userId }: { pledge: { number: number; currency: string | null; unit: string | null }; events: Event[]; userId: string }) {
  return (
    <section aria-labelledby="progress-so-far" className="space-y-2">
      <h2 id="progress-so-far" className="font-semibold">Progress so far</h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">No progress has been recorded on this pledge yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium">
                  {humanize(e.kind)}: {eventFigures(e, pledge)}, as of {formatDate(e.asOf)}
                  {e.state === "proposed" ? (
                    <span className="ml-2 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-300 ring-inset">Pending review</span>
                  ) : null}
                </p>
                <p className="text-slate-600">
                  Source: {e.sourceUrl ? <a href={e.sourceUrl} rel="noopener noreferrer nofollow" className="text-brand-700 underline">{e.source}</a> : e.source}
                  {" · "}proposed by {e.proposedBy?.name ?? "a former user"}, {formatDateTime(e.proposedAt)}
                </p>
              </div>
              {e.state === "proposed" && e.proposedById === userId ? <WithdrawButton eventId={e.id} pledgeNumber={pledge.number} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
