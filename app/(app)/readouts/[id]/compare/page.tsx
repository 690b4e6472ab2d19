import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/meeting/diff-view";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { requireReader } from "@/lib/auth/reader";
import { getPublishedPair } from "@/lib/dal/readout-versions";
import { listPublishedVersions } from "@/lib/dal/readouts";
import { formatDate } from "@/lib/format";
import { diffMeetings } from "@/lib/meetings/diff";
import { toFormValues } from "@/lib/meetings/form-values";
import { readoutPath } from "@/lib/readouts/paths";
import { parseWholeNumber } from "@/lib/validation/parse";

export const metadata: Metadata = { title: "Compare versions" };

/** Readers compare any two published versions of a readout; nothing else is offered or shown. */
export default async function CompareReadoutPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  await requireReader();
  const { id } = await params;
  const versions = await listPublishedVersions(id);
  if (versions.length === 0) notFound();
  const numbers = versions.map((v) => v.number);
  const query = await searchParams;
  const pick = (raw: string | undefined, fallback: number) => {
    const number = parseWholeNumber(raw, 1);
    return number !== null && numbers.includes(number) ? number : fallback;
  };
  const to = pick(query.to, numbers[0]!);
  const from = pick(query.from, numbers.find((n) => n < to) ?? to);
  const pair = from !== to ? await getPublishedPair(id, from, to) : null;
  const [low, high] = [Math.min(from, to), Math.max(from, to)];
  const notes = versions.filter((v) => v.number > low && v.number <= high && v.note).reverse();

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href={readoutPath(id)} className="text-brand-700 hover:underline">← Back to the readout</Link>
      </p>
      <h1 className="text-2xl font-semibold">Compare published versions</h1>
      {numbers.length > 1 ? (
        <form className="flex flex-wrap items-end gap-3" method="get">
          {(["from", "to"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`compare-${name}`} className="mb-1 block text-sm font-medium text-slate-700">{name === "from" ? "From version" : "To version"}</label>
              <select id={`compare-${name}`} name={name} defaultValue={name === "from" ? from : to} className={inputClass}>
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    {v.number}
                    {v.approvedAt ? ` (${formatDate(v.approvedAt)})` : ""}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <Button type="submit" variant="secondary">Compare</Button>
        </form>
      ) : null}
      {pair ? (
        <>
          <p className="text-sm text-slate-600">Changes from version {from} to version {to}:</p>
          {notes.length ? (
            <ul className="space-y-1 text-sm">
              {notes.map((v) => (
                <li key={v.number}>
                  <span className="font-medium">Correction note of version {v.number}:</span> <span className="whitespace-pre-wrap">{v.note}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <DiffView diff={diffMeetings(toFormValues(pair.before, pair.labels), toFormValues(pair.after, pair.labels))} />
        </>
      ) : (
        <p className="text-sm text-slate-600">{numbers.length > 1 ? "Choose two different versions." : "Only one version has been published."}</p>
      )}
    </div>
  );
}
