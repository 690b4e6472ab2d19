import Link from "next/link";
import { formatDate } from "@/lib/format";
import { partyPath, pledgePath, pledgeRef, type LedgerPledge, type OverduePledge } from "@/lib/ledger/figures";
import { kindLabel } from "@/lib/ledger/format";
import { formatQuantity } from "@/lib/money";
import { ConvertedAmount } from "./figures";
import { PledgeStatusBadge } from "./pledge-status";

/** Pledges with their terms and progress; with `overdue`, how many days late each is. */
export function PledgeTable({ caption, pledges, showParty = true }: { caption: string; pledges: (LedgerPledge | OverduePledge)[]; showParty?: boolean }) {
  const overdue = pledges.some((p) => "daysOverdue" in p);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
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
        <tbody className="divide-y divide-slate-100 align-top">
          {pledges.map((p) => (
            <tr key={p.id}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                <Link href={pledgePath(p.number)} className="text-brand-700 hover:underline">{pledgeRef(p.number)}</Link>
              </th>
              {showParty ? (
                <td className="px-3 py-2">{p.party ? <Link href={partyPath(p.party.slug)} className="hover:underline">{p.party.name}</Link> : "—"}</td>
              ) : null}
              <td className="px-3 py-2">
                {p.description || kindLabel(p.kind)}
                <span className="block text-xs text-slate-500">
                  {kindLabel(p.kind)}
                  {p.recipient ? ` · to ${p.recipient.name}` : ""}
                  {p.quantity !== null ? ` · ${formatQuantity(p.quantity, p.unit)}` : ""}
                </span>
              </td>
              <td className="px-3 py-2"><ConvertedAmount amount={p.amount} currency={p.currency} converted={p.converted} /></td>
              <td className="px-3 py-2">{p.amount === null ? "—" : <ConvertedAmount amount={p.outstanding} currency={p.currency} converted={p.converted} field="outstanding" />}</td>
              <td className="whitespace-nowrap px-3 py-2">{p.dueDate ? formatDate(p.dueDate) : "—"}</td>
              {overdue ? <td className="px-3 py-2 text-right tabular-nums">{"daysOverdue" in p ? p.daysOverdue : ""}</td> : null}
              <td className="px-3 py-2"><PledgeStatusBadge status={p.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
