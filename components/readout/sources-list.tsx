import { SOURCE_LINK_REL } from "@/lib/meetings/source-link";
import type { SourceLine } from "@/lib/readouts/document";

/** "Sources" of a readout, numbered as commitments cite them. */
export function SourcesList({ sources }: { sources: SourceLine[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources">
      <h2 id="sources" className="mb-2 text-lg font-semibold">Sources ({sources.length})</h2>
      <ol className="list-decimal space-y-1 pl-6 text-sm">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.key}`}>
            {s.href ? (
              <a href={s.href} rel={SOURCE_LINK_REL} className="font-medium text-brand-700 underline">
                {s.title}
              </a>
            ) : (
              <span className="font-medium">{s.title}</span>
            )}
            <span className="text-slate-500">
              {s.publisher ? ` · ${s.publisher}` : ""}
              {s.publishedOn ? ` · ${s.publishedOn.text}` : ""}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
