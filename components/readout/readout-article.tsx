import Link from "next/link";
import { readoutPath } from "@/lib/readouts/paths";
import { buttonClass } from "@/components/ui/button";
import { MeetingBody } from "@/components/meeting/meeting-body";
import { PrintButton } from "@/components/readout/print-button";
import { Alert } from "@/components/ui/alert";
import { formatDate } from "@/lib/format";

type Props = {
  meetingId: string;
  publishedAt: Date | null;
  isLatest: boolean;
  revision: Parameters<typeof MeetingBody>[0]["revision"] & { number: number; title: string; series: string };
  versions: { number: number; approvedAt: Date | null }[];
};

/** A published readout as a reader sees, prints and forwards it. */
export function ReadoutArticle({ meetingId, publishedAt, isLatest, revision, versions }: Props) {
  const permalink = readoutPath(meetingId, revision.number);
  const download = buttonClass("secondary");
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2 border-b border-slate-200 pb-4">
        <p className="text-sm text-slate-500">{revision.series}</p>
        <h1 className="text-3xl font-semibold">{revision.title}</h1>
        <p className="text-sm text-slate-600">
          {publishedAt ? `Published ${formatDate(publishedAt)} · ` : ""}
          Version {revision.number} ·{" "}
          <Link href={permalink} className="text-brand-700 underline">
            Permanent link to this version
          </Link>
        </p>
        <div className="no-print flex flex-wrap gap-2 pt-2 text-sm">
          <PrintButton />
          <a className={download} href={`${permalink}/readout.md`}>
            Markdown
          </a>
          <a className={download} href={`${permalink}/readout.pdf`}>
            PDF
          </a>
          <a className={download} href={`${permalink}/commitments.csv`}>
            Commitments (CSV)
          </a>
        </div>
      </header>
      {!isLatest ? (
        <Alert tone="info">
          This is an earlier published version. <Link href={readoutPath(meetingId)} className="underline">Read the current readout</Link>.
        </Alert>
      ) : null}
      <MeetingBody revision={revision} />
      {versions.length > 1 ? (
        <nav aria-label="Published versions" className="no-print text-sm">
          <h2 className="mb-1 font-semibold">Published versions</h2>
          <ul className="flex flex-wrap gap-3">
            {versions.map((v) => (
              <li key={v.number}>
                <Link href={readoutPath(meetingId, v.number)} aria-current={v.number === revision.number ? "page" : undefined} className="text-brand-700 hover:underline aria-[current=page]:font-semibold">
                  Version {v.number}
                  {v.approvedAt ? ` (${formatDate(v.approvedAt)})` : ""}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p className="no-print text-sm">
        <Link href="/readouts" className="text-brand-700 hover:underline">← All readouts</Link>
      </p>
    </article>
  );
}
