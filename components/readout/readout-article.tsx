import Link from "next/link";
import { comparePath, readoutPath } from "@/lib/readouts/paths";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/readout/print-button";
import { ReadoutBody } from "@/components/readout/readout-body";
import { Alert } from "@/components/ui/alert";
import { Corrections, type PublishedVersion } from "@/components/readout/corrections";
import { formatDate } from "@/lib/format";
import type { ReadoutContent, ReadoutDocument } from "@/lib/readouts/document";

type Props = {
  document: ReadoutDocument;
  /** The cached content the document was made from: its body's HTML is made once per content object (lib/readouts/body-html.ts). */
  content: ReadoutContent;
  isLatest: boolean;
  versions: PublishedVersion[];
  /** The body in the page's HTML only, not again in its RSC payload (components/readout/handed-off-body.tsx). */
  handOffBody?: boolean;
};

/** A published readout as a reader sees, prints and forwards it, rendered from its readout document. */
export function ReadoutArticle({ document, content, isLatest, versions, handOffBody = false }: Props) {
  const { permalink, meetingId } = document;
  const download = buttonClass("secondary");
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2 border-b border-slate-200 pb-4">
        <p className="text-sm text-slate-500">{document.series}</p>
        <h1 className="text-3xl font-semibold [overflow-wrap:anywhere]">{document.title}</h1>
        <p className="text-sm text-slate-600">
          {document.firstPublishedAt ? `First published ${document.firstPublishedAt.day} · ` : ""}
          {document.updatedAt ? `Updated ${document.updatedAt.day} · ` : ""}
          Version {document.version} ·{" "}
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
      <Corrections meetingId={meetingId} versions={versions} />
      <ReadoutBody content={content} handOff={handOffBody ? { source: readoutPath(meetingId, document.version) } : undefined} />
      {versions.length > 1 ? (
        <nav aria-label="Published versions" className="no-print text-sm">
          <h2 className="mb-1 font-semibold">Published versions</h2>
          <ul className="flex flex-wrap gap-3">
            {versions.map((v) => (
              <li key={v.number}>
                <Link href={readoutPath(meetingId, v.number)} aria-current={v.number === document.version ? "page" : undefined} className="text-brand-700 hover:underline aria-[current=page]:font-semibold">
                  Version {v.number}
                  {v.approvedAt ? ` (${formatDate(v.approvedAt)})` : ""}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={comparePath(meetingId)} className="mt-2 inline-block text-brand-700 underline">
            Compare published versions
          </Link>
        </nav>
      ) : null}
      <p className="no-print text-sm">
        <Link href="/readouts" className="text-brand-700 hover:underline">← All readouts</Link>
      </p>
    </article>
  );
}
