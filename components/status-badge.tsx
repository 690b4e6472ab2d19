import type { Publication, WorkingCopy } from "@/lib/generated/prisma/enums";
import { PUBLICATION_LABELS, WORKING_COPY_LABELS } from "@/lib/format";
import type { MeetingState } from "@/lib/workflow/meeting-workflow";

const COPY_TONES = {
  none: "",
  draft: "bg-slate-100 text-slate-700 ring-slate-300",
  changes_requested: "bg-red-50 text-red-800 ring-red-300",
  in_review: "bg-amber-50 text-amber-800 ring-amber-300",
} satisfies Record<WorkingCopy, string>;

const PUBLICATION_TONES = {
  unpublished: "",
  published: "bg-green-50 text-green-800 ring-green-300",
  archived: "bg-slate-100 text-slate-500 ring-slate-200",
  retracted: "bg-red-50 text-red-700 ring-red-200",
} satisfies Record<Publication, string>;

const badge = "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

/** Where the record's working copy stands and what readers see, as one or two badges. */
export function StatusBadge({ state }: { state: MeetingState }) {
  const { workingCopy, publication } = state;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {publication !== "unpublished" ? <span className={`${badge} ${PUBLICATION_TONES[publication]}`}>{PUBLICATION_LABELS[publication]}</span> : null}
      {workingCopy !== "none" ? <span className={`${badge} ${COPY_TONES[workingCopy]}`}>{WORKING_COPY_LABELS[workingCopy]}</span> : null}
    </span>
  );
}
