import { STACK, STACK_CELL, STACK_HEAD, STACK_ROW } from "@/components/ui/stacked-table";
import type { ChartRow } from "@/lib/ledger/chart-rows";
import { formatMoney } from "@/lib/money";

const CELL = `px-3 py-1 text-right tabular-nums ${STACK_CELL}`;

/** The figures a chart draws, as a table: the chart's text alternative on the figures page. On a phone each row is a card. */
export function ChartTable({ id, title, columns, rows, currency }: {
  id: string;
  title: string;
  columns: [string, string, string];
  rows: ChartRow[];
  currency: string;
}) {
  return (
    <div id={id} className="scroll-mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white break-inside-avoid">
      <table className={`w-full text-left text-sm ${STACK}`}>
        <caption className={`px-3 py-2 text-left font-semibold ${STACK}`}>{title}</caption>
        <thead className={`border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 ${STACK_HEAD}`}>
          <tr>
            <th scope="col" className="px-3 py-1">{columns[0]}</th>
            <th scope="col" className="px-3 py-1 text-right">{columns[1]} ({currency})</th>
            <th scope="col" className="px-3 py-1 text-right">{columns[2]} ({currency})</th>
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 ${STACK}`}>
          {rows.map((r) => (
            <tr key={r.key} className={STACK_ROW}>
              <th scope="row" className="px-3 py-1 font-normal max-sm:block max-sm:font-medium [overflow-wrap:anywhere]">{r.label}</th>
              <td data-label={`${columns[1]} (${currency})`} className={CELL}>{formatMoney(r.pledged, currency)}</td>
              <td data-label={`${columns[2]} (${currency})`} className={CELL}>{formatMoney(r.delivered, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
