import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Markdown } from "@/components/markdown";
import { MeetingBody } from "@/components/meeting/meeting-body";
import { MARKDOWN_MAX_MARKS } from "@/lib/markdown/bounds";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";

// A parser failure we cannot provoke with real input stands in for one we have not found yet.
const PARSER_FAILURE = "this text makes the parser throw";
vi.mock("mdast-util-to-hast", async (importOriginal) => {
  const actual = await importOriginal<typeof import("mdast-util-to-hast")>();
  const toHast: typeof actual.toHast = (tree, options) => {
    if (JSON.stringify(tree).includes(PARSER_FAILURE)) throw new RangeError("Maximum call stack size exceeded");
    return actual.toHast(tree, options);
  };
  return { ...actual, toHast };
});

const render = (source: string) => renderToString(createElement(Markdown, null, source));
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join("\n");
const paragraphs = (text: string, length = 20_000) => Array.from({ length: Math.floor(length / (text.length + 2)) }, () => text).join("\n\n");
/** The processor time some work took: what these bounds limit, whatever else the machine runs. */
const timed = <T>(work: () => T) => {
  const started = process.cpuUsage();
  const result = work();
  const { user, system } = process.cpuUsage(started);
  return { result, ms: (user + system) / 1_000 };
};

// Inputs that, before the bounds, took seconds or overflowed the stack (measured, see
// docs/decisions/0012-bounded-rendering.md). Limits are generous guards, not benchmarks.
const PATHOLOGICAL: [string, string][] = [
  ['"- " × 3,000 and a word', "- ".repeat(3_000) + "x"],
  ['"- " × 3,000', "- ".repeat(3_000)],
  ['">" × 100,000', ">".repeat(100_000)],
  ['"> " × 10,000 and a word', "> ".repeat(9_999) + "x"],
  ['"*" × 20,000', "*".repeat(20_000)],
  ['"[" × 50,000', "[".repeat(50_000)],
  ['"[" × 10,000 then "]" × 10,000', "[".repeat(9_999) + "a" + "]".repeat(9_999)],
  ['"1. " × 3,000 and a word', "1. ".repeat(3_000) + "x"],
  ["lists nested 140 deep by indentation", lines(140, (i) => "  ".repeat(i) + "- x")],
  ["quotes deepening line by line", lines(197, (i) => ">".repeat(i) + " x")],
  ['"> - " × 5,000', "> - ".repeat(5_000)],
  ['"*a **a " then closers', "*a **a ".repeat(1_400) + "**a*".repeat(1_400)],
  ['"**a" × 6,666', "**a".repeat(6_666)],
  ['"*a" × 10,000', "*a".repeat(10_000)],
  ['"*_" × 10,000', "*_".repeat(10_000)],
  ['"~a" × 10,000', "~a".repeat(10_000)],
  ['"a_" × 10,000', "a_".repeat(10_000)],
  ['"[a](" × 5,000', "[a](".repeat(5_000)],
  ['"[[" … "]]" then a link', "[[".repeat(4_999) + "]]".repeat(4_999) + "(b)"],
  ["a 3,000-column table", "|a".repeat(3_000) + "|\n" + "|-".repeat(3_000) + "|\n" + "|b".repeat(3_000) + "|"],
  ["a 1,000-column header padding 1,000 rows", "|a".repeat(1_000) + "|\n" + "|-".repeat(1_000) + "|\n" + lines(1_000, () => "|")],
  ["3,300 table rows", "|a|b|\n|-|-|\n" + lines(3_300, () => "|x|y|")],
  ["6,666 setext headings", lines(6_666, (i) => (i % 2 ? "===" : "a"))],
  ["a footnote per line", lines(1_100, (i) => `[^${i}]`) + "\n\n" + lines(1_100, (i) => `[^${i}]: x`)],
];

// Just inside every bound: these are formatted, and must still be quick.
const NEAR_BOUNDS: [string, string][] = [
  ["paragraphs of nested emphasis", paragraphs("*a **a ".repeat(33) + "**a*".repeat(33))],
  ["paragraphs of strikethrough marks", paragraphs("~a".repeat(MARKDOWN_MAX_MARKS))],
  ["paragraphs of nested brackets", paragraphs("[".repeat(99) + "a" + "]".repeat(99) + "(b)")],
  ["table rows full of emphasis", "|a|b|\n|-|-|\n" + lines(45, () => "|" + "*a".repeat(100) + "|" + "*a".repeat(100) + "|")],
  ["block quotes at the depth bound", lines(400, () => ">".repeat(24) + " x")],
  ["nested lists at the depth bound", lines(700, (i) => "  ".repeat(i % 20) + "- x")],
  ["a long line of backticks", "a`".repeat(10_000)],
  ["a long line of web addresses", "www.a ".repeat(3_333)],
  ["setext headings up to the line bound", lines(999, (i) => (i % 2 ? "===" : "a"))],
];

describe("Markdown rendering stays bounded", () => {
  it.each(PATHOLOGICAL)("shows %s as plain text, quickly", (_name, source) => {
    const { result: html, ms } = timed(() => render(source));
    expect(ms).toBeLessThan(1_000);
    expect(html).toContain("Shown as plain text");
  });

  it.each(NEAR_BOUNDS)("formats %s within a second or two", (_name, source) => {
    const { result: html, ms } = timed(() => render(source));
    expect(html).not.toContain("Shown as plain text");
    expect(ms).toBeLessThan(2_000);
  }, 30_000);

  it("keeps the plain text a plain text: HTML in it is escaped", () => {
    const html = render("<script>alert(1)</script>" + "- ".repeat(3_000) + "x");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("shows a field whose parsing fails as plain text, and formats the others", () => {
    const html = renderToString(createElement(MeetingBody, { revision: revisionWith(["**Fine** summary", `${PARSER_FAILURE} *here*`, "*Fine* implications"]) }));
    expect(html).toContain("<strong>Fine</strong> summary");
    expect(html).toContain(`${PARSER_FAILURE} *here*`);
    expect(html).toContain("it could not be formatted");
    expect(html).toContain("<em>Fine</em> implications");
  });
});

describe("a readout page with 52 Markdown fields", () => {
  it.each([
    ["pathological", PATHOLOGICAL.map(([, source]) => source)],
    ["just inside the bounds", NEAR_BOUNDS.map(([, source]) => source)],
  ])("renders in a few seconds when every field is %s", (_name, sources) => {
    const fields = Array.from({ length: 52 }, (_, i) => sources[i % sources.length]!);
    const { result: html, ms } = timed(() => renderToString(createElement(MeetingBody, { revision: revisionWith(fields) })));
    expect(html).toContain("Implications");
    expect(ms).toBeLessThan(6_000);
  }, 60_000);
});

/** A revision whose summary, 50 discussion notes and implications are the given fields. */
function revisionWith(fields: string[]): RevisionWithItems {
  const [summary, ...rest] = fields;
  const implications = rest.pop();
  return {
    summary,
    implications,
    startsAt: new Date("2026-10-14T09:00:00Z"),
    endsAt: null,
  timeZone: "UTC",
  hasTime: true,
  sources: [],
    series: "UDCG",
    location: "",
    format: "hybrid",
    chair: "",
    participants: [],
    commitments: [],
    discussions: rest.map((notes, i) => ({ id: `d${i}`, title: `Discussion ${i}`, topic: "other", notes, outcome: "" })),
  } as unknown as RevisionWithItems;
}
