import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, null, source));

describe("Markdown rendering", () => {
  it("renders the usual Markdown", () => {
    const html = render("**Bold** and a [link](https://example.org)\n\n- one\n- two");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain("<li>one</li>");
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>"],
    ["an event handler", '<img src="x" onerror="alert(1)">'],
    ["an inline handler on a div", '<div onclick="alert(1)">hi</div>'],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
  ])("never lets %s through as HTML", (_name, source) => {
    const html = render(source);
    expect(html).not.toMatch(/<(script|img|iframe)\b/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i); // no handler attribute inside any real tag
    expect(html).toContain("&lt;"); // shown as text instead
  });

  it.each([
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
  ])("drops the dangerous link in %s", (source) => {
    const html = render(source);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(html).not.toContain("<a ");
  });

  it("shows images as their alt text instead of loading them", () => {
    expect(render("![map](https://tracker.example/pixel.png)")).toContain("[image: map]");
    expect(render("![map](https://tracker.example/pixel.png)")).not.toContain("<img");
  });
});
