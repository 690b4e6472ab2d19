import type { Conversion, Figures, OriginalSubtotal } from "@/lib/ledger/figures";
import { unratedNotes } from "@/lib/ledger/figures";
import { rateNote } from "@/lib/ledger/format";
import { formatMoney } from "@/lib/money";

/** The four headline figures of a group of pledges, each saying its currency. */
export function TotalsSummary({ figures, currency }: { figures: Figures; currency: string }) {
  const items = [
    ["Pledged", figures.pledged],
    ["Allocated", figures.allocated],
    ["Delivered", figures.delivered],
    ["Outstanding", figures.outstanding],
  ] as const;
  return (
    <section aria-label="Totals" className="space-y-2">
      <dl className="grid gap-3 sm:grid-cols-4">
        {items.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{formatMoney(value, currency)}</dd>
            <dd className="text-xs text-slate-500">in {currency}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">
        {figures.pledges} {figures.pledges === 1 ? "pledge" : "pledges"}, each counted once however often it was announced.
      </p>
      <ExclusionNotes figures={figures} />
      <OriginalCurrencies originals={figures.originals} />
    </section>
  );
}

/** What a converted total leaves out, and why. */
export function ExclusionNotes({ figures }: { figures: Figures }) {
  const notes = unratedNotes(figures);
  if (figures.undisclosed) notes.push(`${figures.undisclosed} ${figures.undisclosed === 1 ? "pledge has" : "pledges have"} no disclosed amount.`);
  if (!notes.length) return null;
  return (
    <ul className="list-inside list-disc text-sm text-amber-900">
      {notes.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** The same figures in each original currency, one click away. */
export function OriginalCurrencies({ originals }: { originals: OriginalSubtotal[] }) {
  const shown = originals.filter((o) => o.currency);
  if (!shown.length) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700">In original currencies</summary>
      <ul className="mt-1 space-y-0.5 text-slate-700">
        {shown.map((o) => (
          <li key={o.currency}>
            {o.currency}: {formatMoney(o.pledged, o.currency!)} pledged, {formatMoney(o.allocated, o.currency!)} allocated, {formatMoney(o.delivered, o.currency!)} delivered,{" "}
            {formatMoney(o.outstanding, o.currency!)} outstanding ({o.pledges} {o.pledges === 1 ? "pledge" : "pledges"}
            {o.unrated ? `, ${o.unrated} without a rate` : ""})
          </li>
        ))}
      </ul>
    </details>
  );
}

/** An amount in its own currency and, beside it, converted with the rate's date. */
export function ConvertedAmount({ amount, currency, converted, field = "amount" }: { amount: string | null; currency: string | null; converted: Conversion; field?: "amount" | "allocated" | "delivered" | "outstanding" }) {
  if (amount === null || !currency) return <span className="text-slate-500">Not disclosed</span>;
  const value = converted[field];
  if (currency === converted.currency) return <span className="tabular-nums">{formatMoney(amount, currency)}</span>;
  return (
    <span>
      <span className="tabular-nums">{formatMoney(amount, currency)}</span>{" "}
      <span className="text-slate-600">
        {converted.rated && value !== null ? `≈ ${formatMoney(value, converted.currency)} (${rateNote(converted.rateDate)})` : `(no rate to ${converted.currency}; not in converted totals)`}
      </span>
    </span>
  );
}
