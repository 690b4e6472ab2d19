import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { UNFORMATTED_REASONS, type MarkdownMeasure, type UnformattedReason } from "@/lib/markdown/bounds";
import { parseProse, type Prose } from "@/lib/markdown/prose";
import { PROSE_CLASS } from "@/lib/readouts/body-html";


/**
 * Renders user-written Markdown safely: raw HTML is shown as text, never
 * parsed, and only http(s), mailto and relative links survive. Text over the
 * bounds of lib/markdown/bounds.ts (measured here, or for the whole page by
 * the caller) is shown as plain text, so no field can stall or fail a page.
 */
export function Markdown({ children, measure }: { children: string; measure?: MarkdownMeasure }) {
  return <ProseView prose={parseProse(children, measure)} />;
}

/** A Markdown field parsed once (lib/markdown/prose.ts): its safe HTML tree, or its text when it was not formatted. */
export function ProseView({ prose }: { prose: Prose }) {
  if (!prose.source.trim()) return null;
  if (!prose.ok) return <PlainText text={prose.source} reason={prose.reason} />;
  return <div className={PROSE_CLASS}>{toJsxRuntime(prose.hast, { Fragment, jsx, jsxs })}</div>;
}

function PlainText({ text, reason }: { text: string; reason: UnformattedReason }) {
  return (
    <div className="space-y-1">
      <pre className="whitespace-pre-wrap break-words font-sans text-sm leading-relaxed text-slate-800">{text}</pre>
      <p className="text-xs text-slate-500">Shown as plain text: {UNFORMATTED_REASONS[reason]}.</p>
    </div>
  );
}
