import { formatDate, humanize } from "@/lib/format";
import { pledgeFigures } from "@/lib/ledger/format-event";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";

type Pledge = Parameters<typeof pledgeFigures>[0] & {
  number: number;
  description: string;
  status: PledgeStatus;
  party: { name: string } | null;
  recipient: { name: string } | null;
  announcedOn: Date | null;
  dueDate: Date | null;
};

/** A pledge's terms and its approved progress, as a compact summary. */
export function PledgeProgress({ pledge }: { pledge: Pledge }) {
  return (
    <section aria-label={`Pledge P-${pledge.number}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <p className="font-medium text-slate-900">
        P-{pledge.number} · {pledge.party?.name ?? "Unknown party"}
        {pledge.recipient ? ` to ${pledge.recipient.name}` : ""}: {pledge.description}
      </p>
      <p className="mt-1 text-slate-600">
        {humanize(pledge.status)}
        {pledge.announcedOn ? ` · announced ${formatDate(pledge.announcedOn)}` : ""}
        {pledge.dueDate ? ` · due ${formatDate(pledge.dueDate)}` : ""}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-4">
        {pledgeFigures(pledge).map((f) => (
          <div key={f.label}>
            <dt className="text-xs uppercase tracking-wide text-slate-500">{f.label}</dt>
            <dd className="font-medium text-slate-900">{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-500">Approved progress only; pending proposals do not count.</p>
    </section>
  );
}
