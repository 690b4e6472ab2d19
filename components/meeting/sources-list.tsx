import { formatDate } from "@/lib/format";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { SOURCE_LINK_REL, sourceHref } from "@/lib/meetings/source-link";

type Source = RevisionWithItems["sources"][number];

/** "Sources" of a revision, numbered as commitments cite them. */
export function SourcesList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources" className="mb-2 text-lg font-semibold">Sources ({sources.length})</h2>
      <ol className="list-decimal space-y-1 pl-6 text-sm">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.key}`}>
            <SourceTitle source={s} />
            <span className="text-slate-500">
              {s.publisher ? ` · ${s.publisher}` : ""}
              {s.publishedOn ? ` · ${formatDate(s.publishedOn)}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SourceTitle({ source }: { source: Pick<Source, "title" | "url"> }) {
  const href = sourceHref(source.url);
  return href ? (
    <a href={href} rel={SOURCE_LINK_REL} className="font-medium text-brand-700 underline">
      {source.title}
    </a>
  ) : (
    <span className="font-medium">{source.title}</span>
  );
}
