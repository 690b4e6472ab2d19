import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/format";

const TONES = {
  draft: "bg-slate-100 text-slate-700 ring-slate-300",
  in_review: "bg-amber-50 text-amber-800 ring-amber-300",
  published: "bg-green-50 text-green-800 ring-green-300",
  archived: "bg-slate-100 text-slate-500 ring-slate-200",
} satisfies Record<MeetingStatus, string>;

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
