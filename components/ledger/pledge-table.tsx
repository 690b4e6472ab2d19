import Link from "next/link";
import { STACK, STACK_CELL, STACK_HEAD, STACK_ROW } from "@/components/ui/stacked-table";
import { formatDate } from "@/lib/format";
import { partyPath, pledgePath, pledgeRef, type LedgerPledge, type OverduePledge } from "@/lib/ledger/figures";
import { kindLabel } from "@/lib/ledger/format";
import { formatQuantity } from "@/lib/money";
import { ConvertedAmount } from "./figures";
import { PledgeStatusBadge } from "./pledge-status";

const CELL = `px-3 py-2 ${STACK_CELL}`;

/** Pledges with their terms and progress; with `overdue`, how many days late each is. On a phone each pledge is a card. */
export function PledgeTable({ caption, pledges, showParty = true }: { caption: string; pledges: (LedgerPledge | OverduePledge)[]; showParty?: boolean }) {
  const overdue = pledges.some((p) => "daysOverdue" in p);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={`w-full text-left text-sm ${STACK}`}>
        <caption className={`px-3 py-2 text-left font-semibold ${STACK}`}>{caption}</caption>
        <thead className={`border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 ${STACK_HEAD}`}>
          <tr>
            <th scope="col" className="px-3 py-2">Pledge</th>
            {showParty ? <th scope="col" className="px-3 py-2">Party</th> : null}
            <th scope="col" className="px-3 py-2">What</th>
            <th scope="col" className="px-3 py-2">Amount</th>
            <th scope="col" className="px-3 py-2">Outstanding</th>
            <th scope="col" className="px-3 py-2">Due</th>
            {overdue ? <th scope="col" className="px-3 py-2 text-right">Days overdue</th> : null}
            <th scope="col" className="px-3 py-2">Status</th>
          </tr>
        </thead>
        <tbody className={`divide-y divide-slate-100 align-top ${STACK}`}>
          {pledges.map((p) => (
            <tr key={p.id} className={STACK_ROW}>
              <th scope="row" data-label="Pledge" className={`${CELL} whitespace-nowrap font-medium`}>
                <Link href={pledgePath(p.number)} className="text-brand-700 hover:underline">{pledgeRef(p.number)}</Link>
              </th>
              {showParty ? (
                <td data-label="Party" className={CELL}>{p.party ? <Link href={partyPath(p.party.slug)} className="hover:underline">{p.party.name}</Link> : "—"}</td>
              ) : null}
              <td data-label="What" className={`${CELL} [overflow-wrap:anywhere]`}>
                <div>
                  {p.description || kindLabel(p.kind)}
                  <span className="block text-xs text-slate-500">
                    {kindLabel(p.kind)}
                    {p.recipient ? ` · to ${p.recipient.name}` : ""}
                    {p.quantity !== null ? ` · ${formatQuantity(p.quantity, p.unit)}` : ""}
                  </span>
                </div>
              </td>
              <td data-label="Amount" className={CELL}><ConvertedAmount amount={p.amount} currency={p.currency} converted={p.converted} /></td>
              <td data-label="Outstanding" className={CELL}>{p.amount === null ? "—" : <ConvertedAmount amount={p.outstanding} currency={p.currency} converted={p.converted} field="outstanding" />}</td>
              <td data-label="Due" className={`${CELL} whitespace-nowrap`}>{p.dueDate ? formatDate(p.dueDate) : "—"}</td>
              {overdue ? <td data-label="Days overdue" className={`${CELL} text-right tabular-nums`}>{"daysOverdue" in p ? p.daysOverdue : ""}</td> : null}
              <td data-label="Status" className={CELL}><PledgeStatusBadge status={p.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
