import Link from "next/link";

export type MeetingRow = { id: string; title: string; detail: React.ReactNode; date: React.ReactNode; status: React.ReactNode; editorName: string | null };

/** Staff's table of records: the meeting with a line of detail under it, its date, where it stands, and who saved it last. */
export function MeetingTable({ caption, statusHeading, rows }: { caption: string; statusHeading: string; rows: MeetingRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Meeting</th>
            <th scope="col" className="px-4 py-2">Date</th>
            <th scope="col" className="px-4 py-2">{statusHeading}</th>
            <th scope="col" className="px-4 py-2">Last saved by</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="px-4 py-2">
                <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 hover:underline">
                  {m.title}
                </Link>
                <div className="text-xs text-slate-600">{m.detail}</div>
              </td>
              <td className="whitespace-nowrap px-4 py-2">{m.date}</td>
              <td className="px-4 py-2">{m.status}</td>
              <td className="px-4 py-2 text-slate-600">{m.editorName ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
