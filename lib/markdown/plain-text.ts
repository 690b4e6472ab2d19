import type { Nodes, PhrasingContent, RootContent } from "mdast";
import { measureMarkdown, type MarkdownMeasure } from "@/lib/markdown/bounds";
import { parseProse, type Prose } from "@/lib/markdown/prose";

/**
 * Markdown's words without its syntax, for paper: list items get bullets and
 * links show their address. Text over the bounds is returned as written.
 */
export function markdownToPlainText(markdown: string, measure: MarkdownMeasure = measureMarkdown(markdown)): string {
  return proseToPlainText(parseProse(markdown, measure));
}

/** A parsed field's words without its syntax (the text as written when it was not parsed). */
export function proseToPlainText(prose: Prose): string {
  return prose.ok ? blocks(prose.mdast.children, "\n\n").trim() : prose.source;
}

/** A parsed field's top-level blocks as plain text, headings marked, for laying out on paper. */
export function proseBlocks(prose: Prose): { heading: boolean; text: string }[] {
  if (!prose.ok) return prose.source.trim() ? [{ heading: false, text: prose.source }] : [];
  return prose.mdast.children.map((node) => ({ heading: node.type === "heading", text: block(node).trim() })).filter((b) => b.text);
}

function blocks(nodes: RootContent[], separator: string): string {
  return nodes.map(block).filter(Boolean).join(separator);
}

function block(node: RootContent): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return inline(node.children);
    case "blockquote":
      return blocks(node.children, "\n");
    case "list":
      return node.children
        .map((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "• ";
          return marker + blocks(item.children, "\n").replaceAll("\n", "\n  ");
        })
        .join("\n");
    case "table":
      return node.children.map((row) => row.children.map((cell) => inline(cell.children)).join(" | ")).join("\n");
    case "code":
    case "html":
      return node.value;
    case "footnoteDefinition":
      return `[^${node.label ?? node.identifier}]: ${blocks(node.children, " ")}`;
    default:
      return "";
  }
}

function inline(nodes: PhrasingContent[]): string {
  return nodes.map(phrase).join("");
}

function phrase(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "link": {
      const text = inline(node.children);
      return text === node.url || `mailto:${text}` === node.url ? text : `${text} (${node.url})`;
    }
    case "footnoteReference":
      return `[^${node.label ?? node.identifier}]`;
    case "emphasis":
    case "strong":
    case "delete":
    case "linkReference":
      return inline(node.children);
    default:
      return "";
  }
}
