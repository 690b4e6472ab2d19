import { STACK, STACK_CELL, STACK_HEAD, STACK_ROW } from "@/components/ui/stacked-table";
import Link from "next/link";
import { hasMoney, partyPath, type Figures, type PartyRef } from "@/lib/ledger/figures";
import { formatMoney } from "@/lib/money";
import { OriginalCurrencies } from "./figures";

export type FiguresRow = { key: string; label: React.ReactNode; figures: Figures };

/** The "by party" rows: each party named by a link to its page, within `series` when one is chosen. */
export function partyRows(parties: (Figures & { party: PartyRef | null })[], series?: string): FiguresRow[] {
  return parties.map((p) => ({
    key: p.party?.slug ?? "none",
    label: p.party ? <Link href={partyPath(p.party.slug, series)} className="text-brand-700 hover:underline">{p.party.name}</Link> : "No party recorded",
    figures: p,
  }));
}

const CELL = `px-3 py-2 ${STACK_CELL}`;
const COLUMNS = ["pledged", "allocated", "delivered", "outstanding"] as const;
const columnName = (column: (typeof COLUMNS)[number], currency: string) => `${column[0]!.toUpperCase()}${column.slice(1)} (${currency})`;

/** Figures per group (party, kind, instrument) in the reporting currency, originals under each row. On a phone each group is a card. */
export function FiguresTable({ caption, groupLabel, rows, currency }: { caption: string; groupLabel: string; rows: FiguresRow[]; currency: string }) {
  const cell = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full text-left text-sm ${STACK}`}>
        <caption className={`px-3 py-2 text-left font-semibold ${STACK}`}>{caption}</caption>
        <thead className={`border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 ${STACK_HEAD}`}>
          <tr>
            <th scope="col" className="px-3 py-2">{groupLabel}</th>
            <th scope="col" className="px-3 py-2 text-right">Pledges</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={cell}>{columnName(column, currency)}</th>
            ))}
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 align-top ${STACK}`}>
          {rows.map(({ key, label, figures }) => (
            <tr key={key} className={STACK_ROW}>
              <th scope="row" className="px-3 py-2 font-normal max-sm:block max-sm:py-1 max-sm:font-medium [overflow-wrap:anywhere]">
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
              <td data-label="Pledges" className={`${CELL} text-right tabular-nums`}>{figures.pledges}</td>
              {COLUMNS.map((column) => (
                <td key={column} data-label={columnName(column, currency)} className={`${CELL} text-right tabular-nums`}>
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
