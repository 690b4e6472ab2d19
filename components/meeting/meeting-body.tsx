import { Markdown } from "@/components/markdown";
import { SourcesList } from "@/components/meeting/sources-list";
import { formatDate, humanize } from "@/lib/format";
import { formatMeetingWhen } from "@/lib/time/format";
import { formatMoney, formatQuantity } from "@/lib/money";
import { measureReadout } from "@/lib/markdown/bounds";
import { groupCommitments } from "@/lib/readouts/group-commitments";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";

/** The content of one revision, as staff and readers see it. */
export function MeetingBody({ revision }: { revision: RevisionWithItems }) {
  const markdown = measureReadout(revision);
  const discussionTitles = new Map(revision.discussions.map((d, i) => [d.id, `${i + 1}. ${d.title}`]));
  const sourceTitles = new Map(revision.sources.map((s, i) => [s.id, { number: i + 1, key: s.key, title: s.title }]));
  return (
    <div className="space-y-8">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-500">When</dt>
        <dd data-testid="meeting-when">{formatMeetingWhen(revision)}</dd>
        <dt className="font-medium text-slate-500">Series</dt>
        <dd>{revision.series}</dd>
        {revision.location ? (
          <>
            <dt className="font-medium text-slate-500">Where</dt>
            <dd>
              {revision.location} ({humanize(revision.format).toLowerCase()})
            </dd>
          </>
        ) : null}
        {revision.chair ? (
          <>
            <dt className="font-medium text-slate-500">Chair</dt>
            <dd>{revision.chair}</dd>
          </>
        ) : null}
      </dl>

      {revision.summary ? (
        <section aria-labelledby="summary">
          <h2 id="summary" className="mb-2 text-lg font-semibold">Summary</h2>
          <Markdown measure={markdown.summary}>{revision.summary}</Markdown>
        </section>
      ) : null}

      <section aria-labelledby="participants">
        <h2 id="participants" className="mb-2 text-lg font-semibold">Participants ({revision.participants.length})</h2>
        {revision.participants.length ? (
          <ul className="grid gap-1 text-sm sm:grid-cols-2">
            {revision.participants.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.name}</span>
                <span className="text-slate-500">
                  {" "}
                  · {humanize(p.kind)}
                  {p.attendance !== "in_person" ? ` · ${humanize(p.attendance)}` : ""}
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
        <h2 id="discussions" className="text-lg font-semibold">Discussions ({revision.discussions.length})</h2>
        {revision.discussions.length === 0 ? <p className="text-sm text-slate-500">None recorded.</p> : null}
        {revision.discussions.map((d, i) => (
          <article key={d.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">
              {i + 1}. {d.title} <span className="ml-1 text-xs font-normal text-slate-500">{humanize(d.topic)}</span>
            </h3>
            <div className="mt-2">
              <Markdown measure={markdown.notes[i]}>{d.notes}</Markdown>
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
        <h2 id="commitments" className="text-lg font-semibold">Commitments ({revision.commitments.length})</h2>
        {revision.commitments.length === 0 ? <p className="text-sm text-slate-500">None recorded.</p> : null}
        {groupCommitments(revision.commitments).map((group) => (
          <div key={group.kind} className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:break-inside-avoid">
            <table className="w-full text-left text-sm">
              <caption className="bg-slate-50 px-3 py-2 text-left font-semibold">
                {humanize(group.kind)} ({group.items.length})
              </caption>
              <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2">Pledged by</th>
                  <th scope="col" className="px-3 py-2">Description</th>
                  <th scope="col" className="px-3 py-2 text-right">Amount or quantity</th>
                  <th scope="col" className="px-3 py-2">Due</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {group.items.map((c) => (
                  <tr key={c.id}>
                    <td className="px-3 py-2 font-medium">{c.party}</td>
                    <td className="px-3 py-2">
                      {c.description}
                      {c.discussionId && discussionTitles.has(c.discussionId) ? (
                        <div className="text-xs text-slate-500">Discussion {discussionTitles.get(c.discussionId)}</div>
                      ) : null}
                      {c.sourceId && sourceTitles.has(c.sourceId) ? (
                        <div className="text-xs text-slate-500">
                          Source <a href={`#source-${sourceTitles.get(c.sourceId)!.key}`} className="underline">{sourceTitles.get(c.sourceId)!.number}. {sourceTitles.get(c.sourceId)!.title}</a>
                        </div>
                      ) : null}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                      {c.amount && c.currency ? formatMoney(c.amount, c.currency) : null}
                      {c.amount && c.quantity !== null ? <br /> : null}
                      {c.quantity !== null ? formatQuantity(c.quantity, c.unit) : null}
                      {!c.amount && c.quantity === null ? "—" : null}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2">{c.dueDate ? formatDate(c.dueDate) : "—"}</td>
                    <td className="px-3 py-2">{humanize(c.status)}</td>
                  </tr>
                ))}
              </tbody>
              {group.totals.length ? (
                <tfoot className="border-t border-slate-200 bg-slate-50 font-medium">
                  <tr>
                    <th scope="row" colSpan={2} className="px-3 py-2 text-right">Total</th>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                      {group.totals.map((t) => (
                        <div key={t.currency}>{formatMoney(t.amount, t.currency)}</div>
                      ))}
                    </td>
                    <td colSpan={2} />
                  </tr>
                </tfoot>
              ) : null}
            </table>
          </div>
        ))}
      </section>

      <SourcesList sources={revision.sources} />

      {revision.implications ? (
        <section aria-labelledby="implications">
          <h2 id="implications" className="mb-2 text-lg font-semibold">Implications</h2>
          <Markdown measure={markdown.implications}>{revision.implications}</Markdown>
        </section>
      ) : null}
    </div>
  );
}
