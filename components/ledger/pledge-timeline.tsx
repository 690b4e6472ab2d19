import { formatDate } from "@/lib/format";
import type { LedgerEvent } from "@/lib/ledger/figures";
import { EVENT_LABELS } from "@/lib/ledger/format";
import { formatMoney, formatQuantity } from "@/lib/money";
import { PendingBadge } from "./pledge-status";

// Only web links become links: a source URL is typed by people.
const webLink = (url: string) => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
};

/** A pledge's progress, oldest first; proposed events (staff only) marked pending. */
export function PledgeTimeline({ events }: { events: LedgerEvent[] }) {
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
      {events.map((e) => {
        const link = webLink(e.sourceUrl);
        return (
          <li key={e.id} className={`text-sm ${e.pending ? "rounded-md border border-dashed border-amber-400 bg-amber-50/40 p-2" : ""}`}>
            <p className="font-medium">
              <time dateTime={e.asOf.toISOString().slice(0, 10)}>{formatDate(e.asOf)}</time> · {EVENT_LABELS[e.kind]}
              {e.amount && e.currency ? ` · ${formatMoney(e.amount, e.currency)}` : ""}
              {e.amount && e.converted.amount && e.currency !== e.converted.currency ? ` (≈ ${formatMoney(e.converted.amount, e.converted.currency)})` : ""}
              {e.quantity !== null ? ` · ${formatQuantity(e.quantity, e.unit)}` : ""}{" "}
              {e.pending ? <PendingBadge>Pending review: not counted</PendingBadge> : null}
            </p>
            {e.source || link ? (
              <p className="text-slate-600">
                Source: {link ? <a href={link} className="text-brand-700 underline" rel="noopener noreferrer">{e.source || link}</a> : e.source}
              </p>
            ) : null}
            {e.note ? <p className="text-slate-700">{e.note}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
