import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { literal } from "@/lib/readouts/export-markdown";

// What an editor or reviewer can type into a title, a note or a reason.
const HOSTILE = [
  "<img src=x onerror=alert(7)>NOTE7 **bold** [link](javascript:alert(8))",
  "![pic](http://evil.example/x.png) `code` ~~gone~~ _em_ a|b \\ back",
  "Tom & Jerry &lt;b&gt; <script>alert(1)</script>",
  "<https://evil.example> and www.evil.example",
];

const parse = (markdown: string) => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe("literal", () => {
  it.each(HOSTILE)("keeps %s as the same plain text, with no markup, HTML or link", (text) => {
    const tree = parse(`- Version 2: ${literal(text)}`);
    const kinds = new Set<string>();
    const targets: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      kinds.add(node.type);
      if (node.url) targets.push(node.url);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree);
    // GFM links bare web addresses by itself; those may stay, nothing else may appear.
    expect([...kinds].filter((k) => k !== "link").sort()).toEqual(["list", "listItem", "paragraph", "root", "text"]);
    for (const url of targets) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
    expect(toString(tree)).toBe(`Version 2: ${text}`);
  });
});
