import Link from "next/link";
import { readoutPath } from "@/lib/readouts/paths";
import { Highlight } from "@/components/highlight";
import type { ReadoutListItem } from "@/lib/dal/readouts";
import { formatMeetingDay } from "@/lib/time/format";

export function ReadoutList({ items }: { items: ReadoutListItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {items.map((r) => (
        <li key={r.meetingId} className="px-4 py-3">
          <Link href={readoutPath(r.meetingId)} className="font-medium text-brand-700 hover:underline">
            {r.titleHighlight ? <Highlight text={r.titleHighlight} /> : r.title}
          </Link>
          <div className="text-sm text-slate-600">
            {r.series} · {formatMeetingDay(r)}
            {r.location ? ` · ${r.location}` : ""}
          </div>
          {r.snippet ? (
            <p className="mt-1 text-sm text-slate-700">
              <Highlight text={r.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
