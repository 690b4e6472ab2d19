import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConvertedAmount } from "@/components/ledger/figures";
import { PendingBadge, PledgeStatusBadge } from "@/components/ledger/pledge-status";
import { PledgeTimeline } from "@/components/ledger/pledge-timeline";
import { ButtonLink } from "@/components/ui/button";
import { STACK, STACK_CELL, STACK_HEAD, STACK_ROW } from "@/components/ui/stacked-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireReader } from "@/lib/auth/reader";
import { getPledge } from "@/lib/dal/ledger-pledge";
import { formatMeetingDay } from "@/lib/time/format";
import { formatDate } from "@/lib/format";
import { partyPath, pledgeRef } from "@/lib/ledger/figures";
import { instrumentLabel, kindLabel } from "@/lib/ledger/format";
import { parsePledgeNumber } from "@/lib/ledger/query";
import { formatMoney, formatQuantity } from "@/lib/money";
import { readoutPath } from "@/lib/readouts/paths";
import { RatesFootnote } from "../../_components/rates-footnote";
import { ANNOUNCEMENT_NAMES } from "@/lib/ledger/announcement-names";

export const metadata: Metadata = { title: "Pledge" };

const CELL = `px-3 py-2 ${STACK_CELL}`;

export default async function PledgePage({ params }: { params: Promise<{ number: string }> }) {
  await requireReader();
  const number = parsePledgeNumber((await params).number);
  const detail = number ? await getPledge(number) : null;
  if (!detail) notFound();
  const { pledge: p, announcements, events, pending } = detail;
  const newest = announcements[announcements.length - 1];
  const description = p.description || newest?.description || kindLabel(p.kind);
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-3 gap-2 py-1.5">
      <dt className="text-slate-600">{label}</dt>
      <dd className="col-span-2">{value}</dd>
    </div>
  );

  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <p className="no-print text-sm"><Link href="/ledger" className="text-brand-700 hover:underline">← Ledger</Link></p>
      <header className="space-y-2">
        <p className="text-sm text-slate-500">{pledgeRef(p.number)}{p.series ? ` · ${p.series}` : ""}</p>
        <h1 className="text-2xl font-semibold">{description}</h1>
        <div className="flex flex-wrap items-center gap-2">
          <PledgeStatusBadge status={p.status} />
          {pending ? <PendingBadge>Pending: no announcement of it is published yet</PendingBadge> : null}
          {detail.canPropose ? <ButtonLink href={`/ledger/pledges/${p.number}/events/new`} variant="secondary" className="no-print">Propose progress</ButtonLink> : null}
        </div>
      </header>

      <section aria-labelledby="terms-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="terms-heading" className="mb-2 font-semibold">Terms</h2>
        <dl className="divide-y divide-slate-100 text-sm">
          {row("Party", p.party ? <Link href={partyPath(p.party.slug)} className="text-brand-700 hover:underline">{p.party.name}</Link> : "Not recorded")}
          {row("Recipient", p.recipient ? p.recipient.name : "Not recorded")}
          {row("Kind", kindLabel(p.kind))}
          {row("Instrument", instrumentLabel(p.instrument))}
          {row("Amount", <ConvertedAmount amount={p.amount} currency={p.currency} converted={p.converted} />)}
          {p.quantity !== null ? row("Quantity", formatQuantity(p.quantity, p.unit)) : null}
          {row("Due", p.dueDate ? formatDate(p.dueDate) : "No date given")}
          {row("Announced", p.announcedOn ? `first ${formatDate(p.announcedOn)}${p.lastAnnouncedOn && p.lastAnnouncedOn > p.announcedOn ? `, last ${formatDate(p.lastAnnouncedOn)}` : ""}` : "Not yet in a published readout")}
        </dl>
      </section>

      <section aria-labelledby="progress-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="progress-heading" className="mb-2 font-semibold">Progress</h2>
        <dl className="divide-y divide-slate-100 text-sm">
          {row("Allocated", p.currency ? <ConvertedAmount amount={p.allocated} currency={p.currency} converted={p.converted} field="allocated" /> : "—")}
          {row("Delivered", p.currency ? <ConvertedAmount amount={p.delivered} currency={p.currency} converted={p.converted} field="delivered" /> : "—")}
          {row("Outstanding", p.amount !== null ? <ConvertedAmount amount={p.outstanding} currency={p.currency} converted={p.converted} field="outstanding" /> : "—")}
          {p.quantity !== null ? row("Delivered quantity", `${formatQuantity(p.deliveredQuantity, p.unit)} of ${formatQuantity(p.quantity, p.unit)}`) : null}
        </dl>
      </section>

      <section aria-labelledby="announcements-heading" className="space-y-2">
        <h2 id="announcements-heading" className="text-xl font-semibold">Announcements</h2>
        {announcements.length ? (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className={`w-full text-left text-sm ${STACK}`}>
              <caption className="sr-only">Meetings that announced this pledge</caption>
              <thead className={`border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500 ${STACK_HEAD}`}>
                <tr>
                  <th scope="col" className="px-3 py-2">Meeting</th>
                  <th scope="col" className="px-3 py-2">Date</th>
                  <th scope="col" className="px-3 py-2">Announcement</th>
                  <th scope="col" className="px-3 py-2">Amount at that meeting</th>
                </tr>
              </thead>
              <tbody className={`divide-y divide-slate-100 ${STACK}`}>
                {announcements.map((a) => (
                  <tr key={a.id} className={STACK_ROW}>
                    <th scope="row" className="px-3 py-2 font-normal max-sm:block max-sm:py-1 [overflow-wrap:anywhere]">
                      {a.pending ? <>{a.title} <PendingBadge>Pending: meeting not published</PendingBadge></> : <Link href={readoutPath(a.meetingId, a.version)} className="text-brand-700 hover:underline">{a.title}</Link>}
                    </th>
                    <td data-label="Date" className={`${CELL} whitespace-nowrap`}>{formatMeetingDay(a)}</td>
                    <td data-label="Announcement" className={CELL}>{ANNOUNCEMENT_NAMES[a.announcement]}</td>
                    <td data-label="Amount at that meeting" className={`${CELL} tabular-nums`}>
                      <span>
                        {a.amount && a.currency ? formatMoney(a.amount, a.currency) : "Not disclosed"}
                        {a.quantity !== null ? ` · ${formatQuantity(a.quantity, a.unit)}` : ""}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <EmptyState title="No meeting readout announces this pledge.">It came from an import.</EmptyState>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-xl font-semibold">Status timeline</h2>
        {events.length ? <PledgeTimeline events={events} /> : <EmptyState title="No progress has been recorded yet." />}
      </section>
      <RatesFootnote currency={p.converted.currency} />
    </article>
  );
}
