import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/meeting/diff-view";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireUser } from "@/lib/auth/current-user";
import { getMeetingHistory, getRevisionPair } from "@/lib/dal/meetings";
import { formatDateTime } from "@/lib/format";
import { diffMeetings } from "@/lib/meetings/diff";
import { toFormValues } from "@/lib/meetings/form-values";
import { parseWholeNumber } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  await requireUser("read:meeting:any");
  const { id } = await params;
  const history = await getMeetingHistory(id);
  if (!history) notFound();
  const { meeting, revisions } = history;
  const query = await searchParams;
  const numbers = revisions.map((r) => r.number);
  const pick = (raw: string | undefined, fallback: number) => {
    const number = parseWholeNumber(raw, 1);
    return number !== null && numbers.includes(number) ? number : fallback;
  };
  const to = pick(query.to, meeting.version);
  const from = pick(query.from, Math.max(1, to - 1));
  const pair = from !== to ? await getRevisionPair(id, from, to) : null;

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/meetings/${id}`} className="text-brand-700 hover:underline">← Back to the meeting</Link>
      </p>
      <h1 className="text-2xl font-semibold">History: {revisions[0]?.title}</h1>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Versions</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Version</th>
              <th scope="col" className="px-4 py-2">Saved</th>
              <th scope="col" className="px-4 py-2">By</th>
              <th scope="col" className="px-4 py-2">State</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {revisions.map((r) => (
              <tr key={r.id}>
                <td className="px-4 py-2 font-medium">{r.number}</td>
                <td className="px-4 py-2">{formatDateTime(r.createdAt)}</td>
                <td className="px-4 py-2">{r.editor?.name ?? "A former user"}</td>
                <td className="px-4 py-2">
                  {[
                    r.retractedAt ? "Retracted" : r.id === meeting.publishedRevisionId ? "Published" : r.publishedAt ? "Published earlier" : null,
                    r.number === meeting.version ? "Latest" : null,
                    ...r.reviews.map((v) => `${v.decision === "approved" ? "Approved" : "Changes requested"} by ${v.reviewer?.name ?? "a former user"}`),
                  ]
                    .filter(Boolean)
                    .join(" · ") || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {revisions.length > 1 ? (
        <section aria-labelledby="compare" className="space-y-3">
          <h2 id="compare" className="text-lg font-semibold">Compare versions</h2>
          <form className="flex flex-wrap items-end gap-3" method="get">
            {(["from", "to"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`compare-${name}`} className="mb-1 block text-sm font-medium text-slate-700">{name === "from" ? "From version" : "To version"}</label>
                <select id={`compare-${name}`} name={name} defaultValue={name === "from" ? from : to} className={inputClass}>
                  {numbers.map((n) => (
                    <option key={n} value={n}>{n}</option>
                  ))}
                </select>
              </div>
            ))}
            <Button type="submit" variant="secondary">Compare</Button>
          </form>
          {pair ? (
            <>
              <p className="text-sm text-slate-600">Changes from version {from} to version {to}:</p>
              <DiffView diff={diffMeetings(toFormValues(pair.before, pair.labels), toFormValues(pair.after, pair.labels))} />
            </>
          ) : (
            <p className="text-sm text-slate-600">Choose two different versions.</p>
          )}
        </section>
      ) : (
        <p className="text-sm text-slate-600">There is only one version so far.</p>
      )}
    </div>
  );
}
