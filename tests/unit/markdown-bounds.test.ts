import { describe, expect, it } from "vitest";
import {
  MARKDOWN_MAX_DEPTH,
  MARKDOWN_MAX_LENGTH,
  MARKDOWN_MAX_LINES,
  MARKDOWN_MAX_MARKS,
  MARKDOWN_PAGE_BUDGET,
  measureMarkdown,
  measurePage,
  measureReadout,
} from "@/lib/markdown/bounds";

const reason = (text: string) => {
  const measure = measureMarkdown(text);
  return measure.ok ? "ok" : measure.reason;
};
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join("\n");

describe("measuring Markdown before rendering it", () => {
  it("lets ordinary notes through: nested lists, quotes, links, emphasis and tables", () => {
    const notes = [
      "The **Netherlands** and _Denmark_ confirmed [F-16 deliveries](https://example.org/f16); `NASAMS` follows.",
      "",
      "- Germany: 2 IRIS-T batteries",
      "  - first by December",
      "    - second in spring",
      "      1. subject to *funding*",
      "> Quoted from the chair's ~~draft~~ statement.",
      "",
      "| Party | Item | Status |",
      "| --- | :-: | --- |",
      ...Array.from({ length: 40 }, (_, i) => `| Party ${i} | **item** [link](https://example.org/${i}) | _pledged_ |`),
    ].join("\n");
    expect(reason(notes)).toBe("ok");
    expect(reason("x".repeat(MARKDOWN_MAX_LENGTH))).toBe("ok");
    // A hundred list items with a link each: every item is its own paragraph.
    expect(reason(lines(100, (i) => `- **${i}** [source](https://example.org/${i}) _note_`))).toBe("ok");
  });

  it.each([
    ["a dash list 3,000 deep on one line", "- ".repeat(3_000) + "x", "deep"],
    ["100,000 block quote marks", ">".repeat(100_000), "long"],
    ["block quotes one deeper than the bound", ">".repeat(MARKDOWN_MAX_DEPTH + 1) + " x", "deep"],
    ["ordered lists nested on one line", "1. ".repeat(1_000) + "x", "deep"],
    ["lists nested by indentation", lines(100, (i) => "  ".repeat(i) + "- x"), "deep"],
    ["tabs as indentation", lines(40, (i) => "\t".repeat(i) + "- x"), "deep"],
    ["lone carriage returns as line breaks", Array.from({ length: 100 }, (_, i) => "  ".repeat(i) + "- x").join("\r"), "deep"],
    ["50,000 open brackets", "[".repeat(50_000), "long"],
    ["open brackets within the length", "[".repeat(MARKDOWN_MAX_MARKS + 1), "marks"],
    ["emphasis across lines of one paragraph", lines(MARKDOWN_MAX_MARKS + 1, () => "*a"), "marks"],
    ["strikethrough marks", "~a".repeat(5_000), "marks"],
    ["underscores in a long line", "a_".repeat(5_000), "marks"],
    ["a table padded to a wide header", "|a".repeat(1_000) + "|\n" + "|-".repeat(1_000) + "|\n" + lines(100, () => "|"), "tables"],
    ["many table rows", "|a|b|c|d|e|\n|-|-|-|-|-|\n" + lines(400, () => "|v|w|x|y|z|"), "tables"],
    ["more lines than the bound", "a\n=\n".repeat(MARKDOWN_MAX_LINES), "long"],
  ])("refuses %s", (_name, text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it("does not let a line that only looks like a new block reset the count of marks", () => {
    // An empty item and an ordered item other than 1 cannot interrupt a paragraph.
    expect(reason(lines(MARKDOWN_MAX_MARKS + 1, (i) => (i % 2 ? "*a" : "2. *a")))).toBe("marks");
    expect(reason(lines(MARKDOWN_MAX_MARKS * 2, (i) => (i % 2 ? "*a*" : "-")))).toBe("marks");
    // Lines after a heading that broke a table are one paragraph again, pipes or not.
    expect(reason(`|a|b|\n|-|-|\n# h | x\n${lines(MARKDOWN_MAX_MARKS + 1, () => "*a|")}`)).toBe("marks");
  });

  it("measures in linear time, even on the inputs it refuses", () => {
    const started = performance.now();
    for (const text of ["- ".repeat(10_000), ">".repeat(20_000), lines(1_000, () => "|"), " ".repeat(19_999) + "x", "|-".repeat(10_000)]) {
      measureMarkdown(text);
    }
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("a page's budget", () => {
  it("formats fields in reading order until the budget is spent, then shows the rest as plain text", () => {
    const field = "word ".repeat(4_000); // 20,000 characters on one line
    const measures = measurePage(Array.from({ length: 8 }, () => field));
    const formatted = measures.filter((m) => m.ok).length;
    expect(formatted).toBe(Math.floor(MARKDOWN_PAGE_BUDGET / (field.length + 20)));
    expect(measures.slice(formatted).every((m) => !m.ok && m.reason === "page")).toBe(true);
    expect(measures.slice(0, formatted).every((m) => m.ok)).toBe(true);
  });

  it("still formats a small field after a large one that did not fit", () => {
    const measures = measurePage(["x".repeat(MARKDOWN_MAX_LENGTH), "y", "x".repeat(MARKDOWN_MAX_LENGTH)], MARKDOWN_MAX_LENGTH + 100);
    expect(measures.map((m) => m.ok)).toEqual([true, true, false]);
  });

  it("follows the readout's reading order: summary, discussion notes, implications", () => {
    const big = "x".repeat(MARKDOWN_MAX_LENGTH);
    const { summary, notes, implications } = measureReadout({
      summary: big,
      discussions: Array.from({ length: 50 }, () => ({ notes: big })),
      implications: "A short *closing* note.",
    });
    expect(summary.ok).toBe(true);
    expect(notes).toHaveLength(50);
    expect(notes.at(-1)).toEqual({ ok: false, reason: "page" });
    expect(implications.ok).toBe(true);
  });
});
