import { STACK, STACK_CELL, STACK_HEAD, STACK_ROW } from "@/components/ui/stacked-table";
import { formatMoney } from "@/lib/money";

/** A chart with its title, a description for screen readers, and its figures as a table beside it. */
export function ChartFrame({
  id,
  title,
  children,
  table,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <figure className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 break-inside-avoid" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">{title}</figcaption>
      {children}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Figures as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

/** The svg's accessible name and description, read out in place of the drawing. */
export function SvgLabel({ id, title, description }: { id: string; title: string; description: string }) {
  return (
    <>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
    </>
  );
}

export const svgLabelProps = (id: string) => ({ role: "img", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-desc` }) as const;

export const INK = "#1e3a5f";
export const HATCH_ID = (id: string) => `${id}-hatch`;

const CELL = `py-1 text-right tabular-nums ${STACK_CELL}`;

/** The figures a chart draws, as a table for screen readers and for anyone who would rather read. On a phone each row is a card. */
export function FiguresTable({ title, columns, rows, currency }: {
  title: string;
  columns: [string, string, string];
  rows: { key: string; label: string; pledged: number; delivered: number }[];
  currency: string;
}) {
  return (
    <table className={`w-full text-left text-sm ${STACK}`}>
      <caption className="sr-only">{title}</caption>
      <thead className={STACK_HEAD}>
        <tr>
          <th scope="col" className="py-1 pr-3">{columns[0]}</th>
          <th scope="col" className="py-1 pr-3 text-right">{columns[1]} ({currency})</th>
          <th scope="col" className="py-1 text-right">{columns[2]} ({currency})</th>
        </tr>
      </thead>
      <tbody className={STACK}>
        {rows.map((r) => (
          <tr key={r.key} className={`border-t border-slate-100 ${STACK_ROW}`}>
            <th scope="row" className="py-1 pr-3 font-normal max-sm:block max-sm:font-medium [overflow-wrap:anywhere]">{r.label}</th>
            <td data-label={`${columns[1]} (${currency})`} className={`${CELL} pr-3`}>{formatMoney(r.pledged, currency)}</td>
            <td data-label={`${columns[2]} (${currency})`} className={CELL}>{formatMoney(r.delivered, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
