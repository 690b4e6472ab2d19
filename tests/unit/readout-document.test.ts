import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { commitmentsCsv, documentCommitmentRows } from "@/lib/readouts/export-csv";
import { readoutMarkdown } from "@/lib/readouts/export-markdown";
import { readoutPdf } from "@/lib/readouts/export-pdf";
import { readoutJson } from "@/lib/readouts/to-json";
import { cachedReadoutContent } from "@/lib/readouts/content-cache";
import { publication, readoutDocument, type ReadoutDocument } from "@/lib/readouts/document";
import { FIXTURE_REVISION, FIXTURE_VERSIONS, fixtureDocument } from "../support/readout-fixture";
import { pdfPages } from "../support/pdf-text";

const LINK = "https://readout.example/readouts/meeting-fixture/versions/3";
const plain = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/\s+/g, " ");

/** Every figure a reader sees, as the document formats it. */
function figures(doc: ReadoutDocument): string[] {
  return [
    doc.when,
    doc.firstPublishedAt!.day,
    doc.updatedAt!.day,
    ...doc.commitments.flatMap((s) => [...s.items.flatMap((c) => [c.money?.text, c.quantity?.text, c.due?.text]), ...s.totals.map((t) => t.text)]),
  ].filter((f): f is string => Boolean(f));
}

describe("one readout document", () => {
  const doc = fixtureDocument();

  it("formats each figure once, as readers expect it", () => {
    expect(figures(doc)).toEqual([
      "14 Oct 2026, 09:00 UTC – 11:30 UTC",
      "16 Oct 2026",
      "20 Oct 2026",
      "€100.50",
      "1 Dec 2026",
      "€1,000,000",
      "US$2,500,000.75",
      "€1,000,100.50",
      "US$2,500,000.75",
      "25,000 rounds",
      "31 Mar 2027",
      "£250,000",
      "12 launchers",
      "£250,000",
    ]);
    expect(doc.permalink).toBe("/readouts/meeting-fixture/versions/3");
    expect(doc.approvedAt?.iso).toBe("2026-10-20T15:45:00.000Z");
    expect(doc.corrections).toEqual([{ version: 3, date: doc.updatedAt, note: "" }]);
  });

  it("is rendered with the same figures by the page, Markdown, PDF, JSON and CSV", async () => {
    const page = plain(renderToStaticMarkup(createElement(ReadoutArticle, { document: doc, content: doc, isLatest: true, versions: FIXTURE_VERSIONS })));
    const markdown = readoutMarkdown(doc, LINK);
    const pdf = (await pdfPages(await readoutPdf(doc, LINK))).join(" ");
    for (const figure of figures(doc)) {
      expect(page, `page: ${figure}`).toContain(figure);
      expect(markdown, `Markdown: ${figure}`).toContain(figure);
      expect(pdf, `PDF: ${figure}`).toContain(figure);
    }
    // Each kind's totals stand beside the word Total in every rendering.
    for (const { totals } of doc.commitments) {
      const line = `Total ${totals.map((t) => t.text).join(" ")}`;
      expect(page).toContain(line);
      expect(pdf).toContain(line);
      for (const total of totals) expect(markdown).toContain(`| **Total** | | **${total.text}** |`);
    }

    const json = readoutJson(doc);
    const lines = doc.commitments.flatMap((s) => s.items).sort((a, b) => a.position - b.position);
    expect(json.commitments.map((c) => c.party)).toEqual(FIXTURE_REVISION.commitments.map((c) => c.party));
    expect(json.commitments).toEqual(
      lines.map((c) =>
        expect.objectContaining({
          amount: c.money?.amount ?? null,
          currency: c.money?.currency ?? null,
          amountText: c.money?.text ?? null,
          quantity: c.quantity?.value ?? null,
          quantityText: c.quantity?.text ?? null,
          dueDate: c.due?.iso ?? null,
        }),
      ),
    );
    expect(json.commitments.map((c) => [c.amount, c.currency, c.quantity, c.dueDate])).toEqual([
      ["100.5", "EUR", null, "2026-12-01"],
      [null, null, 25000, "2027-03-31"],
      ["1000000", "EUR", null, null],
      ["2500000.75", "USD", null, null],
      ["250000", "GBP", 12, null],
      [null, null, null, null],
    ]);
    expect(json.totals).toEqual([
      { kind: "financial", amount: "1000100.50", currency: "EUR", text: "€1,000,100.50" },
      { kind: "financial", amount: "2500000.75", currency: "USD", text: "US$2,500,000.75" },
      { kind: "military", amount: "250000", currency: "GBP", text: "£250,000" },
    ]);
    expect([json.startsAt, json.firstPublishedAt, json.updatedAt, json.publishedAt]).toEqual([doc.startsAt.iso, doc.firstPublishedAt!.iso, doc.updatedAt!.iso, doc.approvedAt!.iso]);

    const csv = commitmentsCsv(documentCommitmentRows(doc)).trim().split("\n").slice(1);
    expect(csv.map((row) => row.split(",").slice(-8, -3))).toEqual(
      doc.commitments.flatMap((s) => s.items).map((c) => [c.money?.amount ?? "", c.money?.currency ?? "", c.quantity ? String(c.quantity.value) : "", c.quantity?.unit ?? "", c.due?.iso ?? ""]),
    );
  }, 60_000);

  it("prints the approval date, the permanent link in full and page numbers", async () => {
    const pages = await pdfPages(await readoutPdf(doc, LINK));
    expect(pages[0]).toContain(`approved ${doc.approvedAt!.text}`);
    expect(pages[0]).toContain(`Permanent link: ${LINK}`);
    expect(pages[0]).toContain(`approved ${doc.approvedAt!.text}`);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
  }, 60_000);
});

describe("number formats", () => {
  it("are made once per currency, not once per amount", async () => {
    const NumberFormat = Intl.NumberFormat;
    let made = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      made++;
      return new NumberFormat(...args);
    } as unknown as typeof NumberFormat;
    try {
      vi.resetModules();
      const { formatMoney, formatQuantity } = await import("@/lib/money");
      for (let i = 0; i < 200; i++) {
        expect(formatMoney(`${i}`, "EUR")).toBe(`€${i}`);
        expect(formatMoney(`${i}.5`, "USD")).toBe(`US$${i}.50`);
        formatQuantity(i, "rounds");
      }
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
    // One plain number format, and one per currency with and without cents.
    expect(made).toBeLessThanOrEqual(4);
  });
});

describe("the render cache", () => {
  it("builds a revision's content once and reuses it, whatever the publication facts", () => {
    const revision = { ...FIXTURE_REVISION, id: "rev-cache-test" };
    const first = cachedReadoutContent(revision);
    expect(cachedReadoutContent(revision)).toBe(first);
    expect(cachedReadoutContent({ ...revision, id: "rev-cache-other" })).not.toBe(first);
    // Publication facts change as versions are approved; the cached content never does.
    const later = readoutDocument(first, publication("m", 3, [...FIXTURE_VERSIONS, { number: 4, approvedAt: new Date("2026-11-01T00:00:00Z") }]));
    expect(later.summary).toBe(first.summary);
    expect(later.updatedAt?.day).toBe("20 Oct 2026");
  });
});

describe("correction notes", () => {
  it("reach the page, Markdown and feed content once a version carries one", () => {
    const versions = FIXTURE_VERSIONS.map((v) => (v.number === 3 ? { ...v, note: "The German total was corrected." } : v));
    const doc = fixtureDocument(FIXTURE_REVISION, versions);
    expect(doc.corrections).toEqual([{ version: 3, date: doc.updatedAt, note: "The German total was corrected." }]);
    const page = plain(renderToStaticMarkup(createElement(ReadoutArticle, { document: doc, content: doc, isLatest: true, versions })));
    expect(page).toContain("Corrections Version 3, 20 Oct 2026: The German total was corrected.");
    expect(readoutMarkdown(doc, LINK)).toContain("- Version 3, 20 Oct 2026: The German total was corrected.");
  });
});

describe("the merged features in the one document", () => {
  // A meeting in Berlin's winter time, a pledge whose sum was not given, and two sources (one with an address a link must not carry).
  const revision = {
    ...FIXTURE_REVISION,
    id: "rev-zoned",
    startsAt: new Date("2026-01-15T09:00:00Z"),
    endsAt: null,
    timeZone: "Europe/Berlin",
    hasTime: true,
    sources: [
      { id: "s1", key: "k1", title: "Chairs' statement", publisher: "NATO", publishedOn: new Date("2026-01-15"), url: "https://example.org/statement" },
      { id: "s2", key: "k2", title: "Odd note", publisher: "", publishedOn: null, url: "javascript:alert(1)" },
    ],
    commitments: [{ ...FIXTURE_REVISION.commitments[0]!, id: "u1", amount: null, currency: "EUR", amountUndisclosed: true, sourceId: "s1" }],
  } as unknown as typeof FIXTURE_REVISION;
  const doc = fixtureDocument(revision);

  it("shows the time in the meeting's zone and UTC, the undisclosed amount and the sources in every rendering", async () => {
    expect(doc.when).toBe("15 Jan 2026, 10:00 CET (09:00 UTC)");
    const page = renderToStaticMarkup(createElement(ReadoutArticle, { document: doc, content: doc, isLatest: true, versions: FIXTURE_VERSIONS }));
    const markdown = readoutMarkdown(doc, LINK);
    const pdf = (await pdfPages(await readoutPdf(doc, LINK))).join(" ");
    for (const text of [plain(page), markdown, pdf]) {
      expect(text).toContain("15 Jan 2026, 10:00 CET (09:00 UTC)");
      expect(text).toContain("undisclosed (EUR)");
      expect(text).toContain("Chairs' statement");
    }
    expect(page).toContain('href="https://example.org/statement" rel="noopener noreferrer nofollow"');
    expect(page).not.toContain("javascript:");
    expect(plain(page)).toContain("Source 1. Chairs' statement");
    expect(markdown).toContain("(source 1)");

    const json = readoutJson(doc);
    expect([json.timeZone, json.hasTime]).toEqual(["Europe/Berlin", true]);
    expect(json.commitments[0]).toMatchObject({ amount: null, amountUndisclosed: true, currency: "EUR", source: 1 });
    expect(json.sources.map((s) => s.title)).toEqual(["Chairs' statement", "Odd note"]);
  }, 60_000);
});
