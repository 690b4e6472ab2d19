import Link from "next/link";
import type { QueueItem } from "@/lib/dal/review-queue";
import { formatDate, formatDateTime } from "@/lib/format";
import { waitingFor } from "@/lib/meetings/waiting";

/** The records waiting for review, with how long each has waited since it was submitted. */
export function QueueTable({ items, now }: { items: QueueItem[]; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Records waiting for review</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Meeting</th>
            <th scope="col" className="px-4 py-2">Date</th>
            <th scope="col" className="px-4 py-2">Waiting</th>
            <th scope="col" className="px-4 py-2">Last saved by</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((m) => (
            <tr key={m.id}>
              <td className="px-4 py-2">
                <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 hover:underline">
                  {m.title}
                </Link>
                <div className="text-xs text-slate-600">
                  {m.series} · version {m.version}
                  {m.isPublished ? " · a published version exists" : ""}
                </div>
              </td>
              <td className="whitespace-nowrap px-4 py-2">{formatDate(m.startsAt)}</td>
              <td className="whitespace-nowrap px-4 py-2">
                {m.submittedAt ? <span title={`Submitted ${formatDateTime(m.submittedAt)}`}>{waitingFor(m.submittedAt, now)}</span> : "—"}
              </td>
              <td className="px-4 py-2 text-slate-600">{m.editorName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
