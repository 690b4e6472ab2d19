import Link from "next/link";
import { formatDate } from "@/lib/format";
import { comparePath } from "@/lib/readouts/paths";

export type PublishedVersion = { number: number; approvedAt: Date | null; note?: string };

/** The correction notes of every published version after the first, oldest first, each linked to its comparison. */
export function Corrections({ meetingId, versions }: { meetingId: string; versions: PublishedVersion[] }) {
  const oldestFirst = [...versions].sort((a, b) => a.number - b.number);
  const corrections = oldestFirst.flatMap((v, i) => (i > 0 && v.note ? [{ ...v, note: v.note, previous: oldestFirst[i - 1]!.number }] : []));
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-sm">
      <h2 id="corrections" className="font-semibold">
        Corrections
      </h2>
      <ol className="mt-2 space-y-2">
        {corrections.map((c) => (
          <li key={c.number}>
            <span className="font-medium">
              Version {c.number}
              {c.approvedAt ? `, ${formatDate(c.approvedAt)}` : ""}:
            </span>{" "}
            <span className="whitespace-pre-wrap">{c.note}</span>{" "}
            <Link href={comparePath(meetingId, c.previous, c.number)} className="no-print text-brand-700 underline">
              What changed
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
