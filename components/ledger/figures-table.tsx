import { hasMoney, type Figures } from "@/lib/ledger/figures";
import { formatMoney } from "@/lib/money";
import { OriginalCurrencies } from "./figures";

export type FiguresRow = { key: string; label: React.ReactNode; figures: Figures };

/** Figures per group (party, kind, instrument) in the reporting currency, originals under each row. */
export function FiguresTable({ caption, groupLabel, rows, currency }: { caption: string; groupLabel: string; rows: FiguresRow[]; currency: string }) {
  const cell = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">{groupLabel}</th>
            <th scope="col" className="px-3 py-2 text-right">Pledges</th>
            <th scope="col" className={cell}>Pledged ({currency})</th>
            <th scope="col" className={cell}>Allocated ({currency})</th>
            <th scope="col" className={cell}>Delivered ({currency})</th>
            <th scope="col" className={cell}>Outstanding ({currency})</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {rows.map(({ key, label, figures }) => (
            <tr key={key}>
              <th scope="row" className="px-3 py-2 font-normal">
                {label}
                {figures.unrated || figures.undisclosed ? (
                  <span className="block text-xs text-amber-900">
                    {figures.unrated ? `${figures.unrated} without a rate, not in these figures` : ""}
                    {figures.unrated && figures.undisclosed ? "; " : ""}
                    {figures.undisclosed ? `${figures.undisclosed} without an amount` : ""}
                  </span>
                ) : null}
                <OriginalCurrencies originals={figures.originals} />
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{figures.pledges}</td>
              {(["pledged", "allocated", "delivered", "outstanding"] as const).map((column) => (
                <td key={column} className={cell}>
                  {hasMoney(figures) ? formatMoney(figures[column], currency) : <NoAmount />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Zero would claim that nothing was pledged; the pledges only state no amount in this currency.
function NoAmount() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">no amount</span>
    </>
  );
}
