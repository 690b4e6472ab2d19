import type { Nodes, PhrasingContent, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { measureMarkdown, type MarkdownMeasure } from "@/lib/markdown/bounds";

// The same parser as the page (react-markdown runs remark-parse with remark-gfm).
const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown's words without its syntax, for paper: list items get bullets and
 * links show their address. Text over the bounds is returned as written.
 */
export function markdownToPlainText(markdown: string, measure: MarkdownMeasure = measureMarkdown(markdown)): string {
  if (!measure.ok) return markdown;
  try {
    return blocks(parser.parse(markdown).children, "\n\n").trim();
  } catch {
    return markdown;
  }
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
