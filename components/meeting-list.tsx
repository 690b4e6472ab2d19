import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { MeetingListItem } from "@/lib/dal/meetings";
import { formatMeetingDay } from "@/lib/time/format";

export function MeetingList({ items, label }: { items: MeetingListItem[]; label: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Meeting</th>
            <th scope="col" className="px-4 py-2">Date</th>
            <th scope="col" className="px-4 py-2">Status</th>
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
                <div className="text-xs text-slate-500">{m.series}</div>
              </td>
              <td className="whitespace-nowrap px-4 py-2">{formatMeetingDay(m)}</td>
              <td className="px-4 py-2">
                <StatusBadge state={m.state} />
              </td>
              <td className="px-4 py-2 text-slate-600">{m.editorName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
