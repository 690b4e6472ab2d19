import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { readoutPdf } from "@/lib/readouts/export-pdf";
import { pdfItems } from "../support/pdf-text";
import { fixtureDocument } from "../support/readout-fixture";

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
      id: "rev-pathological",
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
      pdf = await readoutPdf(fixtureDocument(revision, [{ number: 1, approvedAt: new Date("2026-10-16T08:00:00Z") }]), "https://readout.example/readouts/m/versions/1");
    });
    expect(pdf!.subarray(0, 5).toString()).toBe("%PDF-");
    expect(ms).toBeLessThan(8_000);
  }, 60_000);
});

describe("the PDF's layout", () => {
  it("never leaves a heading alone at the foot of a page", async () => {
    // Discussions of uneven length put their headings at every height of the page.
    const discussions = Array.from({ length: 80 }, (_, i) => ({
      id: `d${i}`,
      title: `Discussion ${i}`,
      topic: "other",
      notes: Array.from({ length: ((i * 7) % 5) + 1 }, (_, j) => `Paragraph ${j} of discussion ${i}.`).join("\n\n"),
      outcome: "",
    }));
    const headings = new Set(discussions.map((d, i) => `${i + 1}. ${d.title}`));
    const revision = { id: "rev-layout", number: 1, title: "Layout", series: "UDCG", startsAt: new Date("2026-10-14T09:00:00Z"), endsAt: null, timeZone: "UTC", hasTime: true, sources: [], location: "", format: "hybrid", chair: "", summary: "", implications: "", participants: [], commitments: [], discussions } as unknown as RevisionWithItems;
    const pages = await pdfItems(await readoutPdf(fixtureDocument(revision, []), "/readouts/m/versions/1"));
    expect(pages.length).toBeGreaterThan(5);
    const feet = pages.slice(0, -1).map((items) => items.at(-2)); // the last item is the page number
    expect(feet.filter((text) => text && headings.has(text))).toEqual([]);
    expect(pages.flat().filter((text) => headings.has(text))).toHaveLength(headings.size);
  }, 120_000);
});
