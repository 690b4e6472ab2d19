import ReactMarkdown, { defaultUrlTransform, type Components, type Options } from "react-markdown";
import remarkGfm from "remark-gfm";
import { measureMarkdown, UNFORMATTED_REASONS, type MarkdownMeasure, type UnformattedReason } from "@/lib/markdown/bounds";

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/)/i;
const PROSE =
  "prose-readout space-y-2 text-sm leading-relaxed text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5";

const COMPONENTS: Components = {
  // Headings inside notes must not compete with the page's own outline.
  h1: "p",
  h2: "p",
  h3: "p",
  a: ({ href, children: text }) => (href ? <a href={href} rel="noopener noreferrer nofollow">{text}</a> : <span>{text}</span>),
  img: ({ alt }) => <span>{alt ? `[image: ${alt}]` : null}</span>,
};

function urlTransform(url: string): string {
  const safe = defaultUrlTransform(url);
  return SAFE_PROTOCOL.test(safe) ? safe : "";
}

/** The formatted elements, or null when the parser fails (called, not rendered, so its failure lands here). */
function format(children: string): ReturnType<typeof ReactMarkdown> | null {
  const options: Options = { children, remarkPlugins: [remarkGfm], skipHtml: false, urlTransform, components: COMPONENTS };
  try {
    return ReactMarkdown(options);
  } catch {
    return null;
  }
}

/**
 * Renders user-written Markdown safely: raw HTML is shown as text, never
 * parsed, and only http(s), mailto and relative links survive. Text over the
 * bounds of lib/markdown/bounds.ts (measured here, or for the whole page by
 * the caller) is shown as plain text, so no field can stall or fail a page.
 */
export function Markdown({ children, measure = measureMarkdown(children) }: { children: string; measure?: MarkdownMeasure }) {
  if (!children.trim()) return null;
  if (!measure.ok) return <PlainText text={children} reason={measure.reason} />;
  const formatted = format(children);
  if (!formatted) return <PlainText text={children} reason="failed" />;
  return <div className={PROSE}>{formatted}</div>;
}

function PlainText({ text, reason }: { text: string; reason: UnformattedReason }) {
  return (
    <div className="space-y-1">
      <pre className="whitespace-pre-wrap break-words font-sans text-sm leading-relaxed text-slate-800">{text}</pre>
      <p className="text-xs text-slate-500">Shown as plain text: {UNFORMATTED_REASONS[reason]}.</p>
    </div>
  );
}
