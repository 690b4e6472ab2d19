import { STACK, STACK_CELL, STACK_HEAD, STACK_ROW } from "@/components/ui/stacked-table";
import type { CommitmentSection } from "@/lib/readouts/document";

const CELL = `px-3 py-2 ${STACK_CELL}`;

/** One kind of commitment as a table, with its totals per currency. */
export function CommitmentTable({ section }: { section: CommitmentSection }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:break-inside-avoid">
      <table className={`w-full text-left text-sm ${STACK}`}>
        <caption className={`bg-slate-50 px-3 py-2 text-left font-semibold ${STACK}`}>
          {section.label} ({section.items.length})
        </caption>
        <thead className={`border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 ${STACK_HEAD}`}>
          <tr>
            <th scope="col" className="px-3 py-2">Pledged by</th>
            <th scope="col" className="px-3 py-2">Description</th>
            <th scope="col" className="px-3 py-2 text-right">Amount or quantity</th>
            <th scope="col" className="px-3 py-2">Due</th>
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 ${STACK}`}>
          {section.items.map((c) => (
            <tr key={c.id} className={STACK_ROW}>
              <td data-label="Pledged by" className={`${CELL} font-medium`}>{c.party}</td>
              <td data-label="Description" className={`${CELL} [overflow-wrap:anywhere]`}>
                <div>
                  {c.description}
                  {c.discussion ? <div className="text-xs text-slate-500">Discussion {c.discussion.number}. {c.discussion.title}</div> : null}
                  {c.source ? (
                    <div className="text-xs text-slate-500">
                      Source{" "}
                      <a href={`#source-${c.source.key}`} className="underline">
                        {c.source.number}. {c.source.title}
                      </a>
                    </div>
                  ) : null}
                </div>
              </td>
              <td data-label="Amount or quantity" className={`${CELL} text-right tabular-nums sm:whitespace-nowrap`}>
                <div>
                  {c.money ? <div>{c.money.text}</div> : null}
                  {c.undisclosed ? <div className="text-slate-600">{c.undisclosed.text}</div> : null}
                  {c.quantity ? <div>{c.quantity.text}</div> : null}
                  {!c.money && !c.undisclosed && !c.quantity ? "—" : null}
                </div>
              </td>
              <td data-label="Due" className={`${CELL} sm:whitespace-nowrap`}>{c.due?.text ?? "—"}</td>
              <td data-label="Status" className={CELL}>{c.statusLabel}</td>
            </tr>
          ))}
        </tbody>
        {section.totals.length ? (
          <tfoot className={`border-t border-slate-200 bg-slate-50 font-medium ${STACK}`}>
            <tr className="max-sm:flex max-sm:gap-3 max-sm:px-3 max-sm:py-2">
              <th scope="row" colSpan={2} className="px-3 py-2 text-right max-sm:w-28 max-sm:shrink-0 max-sm:p-0 max-sm:text-left">Total</th>
              <td className="px-3 py-2 text-right tabular-nums max-sm:p-0 max-sm:text-left sm:whitespace-nowrap">
                {section.totals.map((t) => (
                  <div key={t.currency}>{t.text}</div>
                ))}
              </td>
              <td colSpan={2} className="max-sm:hidden" />
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
