import ReactMarkdown, { defaultUrlTransform } from "react-markdown";
import remarkGfm from "remark-gfm";

const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/)/i;

/**
 * Renders user-written Markdown safely: raw HTML is shown as text, never
 * parsed, and only http(s), mailto and relative links survive.
 */
export function Markdown({ children }: { children: string }) {
  if (!children.trim()) return null;
  return (
    <div className="prose-readout space-y-2 text-sm leading-relaxed text-slate-800 [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml={false}
        urlTransform={(url) => {
          const safe = defaultUrlTransform(url);
          return SAFE_PROTOCOL.test(safe) ? safe : "";
        }}
        components={{
          // Headings inside notes must not compete with the page's own outline.
          h1: "p",
          h2: "p",
          h3: "p",
          a: ({ href, children: text }) => (href ? <a href={href} rel="noopener noreferrer nofollow">{text}</a> : <span>{text}</span>),
          img: ({ alt }) => <span>{alt ? `[image: ${alt}]` : null}</span>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
