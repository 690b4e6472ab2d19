import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import type { Root as MdastRoot } from "mdast";
import { toHast } from "mdast-util-to-hast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { measureMarkdown, type MarkdownMeasure, type UnformattedReason } from "@/lib/markdown/bounds";

/**
 * One Markdown field, parsed once: the syntax tree (for paper and plain text)
 * and the safe HTML tree (for the page and the feed). Over the bounds of
 * lib/markdown/bounds.ts, or when the parser fails, it is plain text only.
 */
export type Prose = { source: string } & ({ ok: true; mdast: MdastRoot; hast: HastRoot } | { ok: false; reason: UnformattedReason });

// The same parser as react-markdown with remark-gfm.
const parser = unified().use(remarkParse).use(remarkGfm);
const SAFE_PROTOCOL = /^(https?:|mailto:|#|\/)/i;
const URL_PROPERTIES = ["href", "src"] as const;
// Headings inside notes must not compete with the page's own outline.
const DEMOTED = new Set(["h1", "h2", "h3"]);
const REL = ["noopener", "noreferrer", "nofollow"];

export function parseProse(source: string, measure: MarkdownMeasure = measureMarkdown(source)): Prose {
  if (!measure.ok) return { source, ok: false, reason: measure.reason };
  try {
    const mdast = parser.parse(source);
    const hast = toHast(mdast, { allowDangerousHtml: true }) as HastRoot;
    return { source, ok: true, mdast, hast: { ...hast, children: safeChildren(hast.children) as HastRoot["children"] } };
  } catch {
    return { source, ok: false, reason: "failed" };
  }
}

/** A link target that can only open a web page, a mail or a place in the app; anything else becomes "". */
export const safeUrl = (url: string): string => (SAFE_PROTOCOL.test(url) ? url : "");

// Raw HTML is shown as the text it is, never parsed; images show their
// description; links keep only safe targets and carry no referrer.
function safeChildren(children: HastContent[]): ElementContent[] {
  return children.flatMap((node): ElementContent[] => {
    if (node.type === "raw") return [{ type: "text", value: node.value }];
    if (node.type === "doctype") return [];
    if (node.type !== "element") return [node];
    return [safeElement(node)];
  });
}

function safeElement(node: Element): Element {
  const children = safeChildren(node.children);
  if (node.tagName === "img") {
    const alt = typeof node.properties.alt === "string" ? node.properties.alt : "";
    return { type: "element", tagName: "span", properties: {}, children: alt ? [{ type: "text", value: `[image: ${alt}]` }] : [] };
  }
  const properties = { ...node.properties };
  for (const key of URL_PROPERTIES) if (typeof properties[key] === "string") properties[key] = safeUrl(properties[key]);
  if (node.tagName === "a") {
    if (!properties.href) return { type: "element", tagName: "span", properties: {}, children };
    properties.rel = REL;
  }
  return { ...node, tagName: DEMOTED.has(node.tagName) ? "p" : node.tagName, properties, children };
}
