import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { readoutPdf } from "@/lib/readouts/export-pdf";

const cpuMs = async (work: () => unknown) => {
  const started = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1_000;
};

// Each of these took the old regular-expression stripping, or PDFKit's wrapping
// of one long word, time quadratic in its length.
const PATHOLOGICAL = ["[a".repeat(10_000), "[a](".repeat(5_000), " *a".repeat(6_666), "a".repeat(20_000), "- ".repeat(3_000) + "x"];

describe("Markdown as plain text for the PDF", () => {
  it("keeps the words and drops the syntax", () => {
    const text = markdownToPlainText(
      "# Heading\n\nSome **bold**, _italic_ and ~~struck~~ words with `code` and a [link](https://example.org).\n\n- one\n  - nested\n- two\n\n1. first\n2. second\n\n> quoted\n\n| a | b |\n| - | - |\n| c | d |",
    );
    expect(text).toBe(
      [
        "Heading",
        "Some bold, italic and struck words with code and a link (https://example.org).",
        "• one\n  • nested\n• two",
        "1. first\n2. second",
        "quoted",
        "a | b\nc | d",
      ].join("\n\n"),
    );
  });

  it.each(PATHOLOGICAL.map((text) => [text.slice(0, 12), text]))("strips %s… quickly", async (_name, text) => {
    expect(await cpuMs(() => markdownToPlainText(text))).toBeLessThan(1_000);
  });

  it("makes the PDF of a readout whose 52 Markdown fields are all pathological in a few seconds", async () => {
    const fields = Array.from({ length: 52 }, (_, i) => PATHOLOGICAL[i % PATHOLOGICAL.length]!);
    const [summary, ...notes] = fields;
    const revision = {
      number: 1,
      title: "A long readout",
      series: "UDCG",
      startsAt: new Date("2026-10-14T09:00:00Z"),
      endsAt: null,
  timeZone: "UTC",
  hasTime: true,
  sources: [],
      location: "",
      format: "hybrid",
      chair: "",
      summary,
      implications: notes.pop(),
      participants: [],
      commitments: [],
      discussions: notes.map((text, i) => ({ id: `d${i}`, title: `Discussion ${i}`, topic: "other", notes: text, outcome: "" })),
    } as unknown as RevisionWithItems;
    let pdf: Buffer | undefined;
    const ms = await cpuMs(async () => {
      pdf = await readoutPdf(revision, "https://readout.example/readouts/m/versions/1");
    });
    expect(pdf!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(ms).toBeLessThan(8_000);
  }, 60_000);
});
