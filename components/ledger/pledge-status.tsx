import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/ledger/format";

const TONES = {
  open: "bg-slate-100 text-slate-700 ring-slate-300",
  partly_delivered: "bg-amber-50 text-amber-800 ring-amber-300",
  delivered: "bg-green-50 text-green-800 ring-green-300",
  cancelled: "bg-slate-100 text-slate-500 ring-slate-200 line-through",
} satisfies Record<PledgeStatus, string>;

export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** Staff see items that are not public yet; the word says so, not only a colour. */
export function PendingBadge({ children = "Pending" }: { children?: React.ReactNode }) {
  return <span className="inline-flex rounded-full border border-dashed border-amber-500 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900">{children}</span>;
}
