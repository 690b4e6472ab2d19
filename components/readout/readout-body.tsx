import { ProseView } from "@/components/markdown";
import { CommitmentTable } from "@/components/readout/commitment-table";
import { SourcesList } from "@/components/readout/sources-list";
import type { ReadoutContent } from "@/lib/readouts/document";

/** The content of one revision, rendered from its readout document, as staff and readers see it. */
export function ReadoutBody({ content }: { content: ReadoutContent }) {
  return (
    <div className="space-y-8">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-500">When</dt>
        <dd data-testid="meeting-when">{content.when}</dd>
        <dt className="font-medium text-slate-500">Series</dt>
        <dd>{content.series}</dd>
        {content.location ? (
          <>
            <dt className="font-medium text-slate-500">Where</dt>
            <dd>
              {content.location} ({content.formatLabel})
            </dd>
          </>
        ) : null}
        {content.chair ? (
          <>
            <dt className="font-medium text-slate-500">Chair</dt>
            <dd>{content.chair}</dd>
          </>
        ) : null}
      </dl>

      {content.summary.source ? (
        <section aria-labelledby="summary">
          <h2 id="summary" className="mb-2 text-lg font-semibold">Summary</h2>
          <ProseView prose={content.summary} />
        </section>
      ) : null}

      <section aria-labelledby="participants">
        <h2 id="participants" className="mb-2 text-lg font-semibold">Participants ({content.participants.length})</h2>
        {content.participants.length ? (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {content.participants.map((p, i) => (
              <li key={i}>
                <span className="font-medium">{p.name}</span>
                <span className="text-slate-500">
                  {" "}
                  · {p.kindLabel}
                  {p.attendance !== "in_person" ? ` · ${p.attendanceLabel}` : ""}
                  {p.representative ? ` · ${p.representative}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">None recorded.</p>
        )}
      </section>

      <section aria-labelledby="discussions" className="space-y-4">
        <h2 id="discussions" className="text-lg font-semibold">Discussions ({content.discussions.length})</h2>
        {content.discussions.length === 0 ? <p className="text-sm text-slate-500">None recorded.</p> : null}
        {content.discussions.map((d) => (
          <article key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold [overflow-wrap:anywhere]">
              {d.number}. {d.title} <span className="ml-1 text-xs font-normal text-slate-500">{d.topicLabel}</span>
            </h3>
            <div className="mt-2">
              <ProseView prose={d.notes} />
            </div>
            {d.outcome ? (
              <p className="mt-3 border-l-4 border-brand-100 pl-3 text-sm">
                <span className="font-medium">Outcome: </span>
                {d.outcome}
              </p>
            ) : null}
          </article>
        ))}
      </section>

      <section aria-labelledby="commitments" className="space-y-3">
        <h2 id="commitments" className="text-lg font-semibold">Commitments ({content.commitmentCount})</h2>
        {content.commitmentCount === 0 ? <p className="text-sm text-slate-500">None recorded.</p> : null}
        {content.commitments.map((section) => (
          <CommitmentTable key={section.kind} section={section} />
        ))}
      </section>

      <SourcesList sources={content.sources} />

      {content.implications.source ? (
        <section aria-labelledby="implications">
          <h2 id="implications" className="mb-2 text-lg font-semibold">Implications</h2>
          <ProseView prose={content.implications} />
        </section>
      ) : null}
    </div>
  );
}
