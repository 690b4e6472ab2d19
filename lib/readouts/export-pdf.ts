import path from "node:path";
import PDFDocument from "pdfkit";
import { proseBlocks } from "@/lib/markdown/plain-text";
import type { Prose } from "@/lib/markdown/prose";
import type { CommitmentSection, ReadoutDocument } from "@/lib/readouts/document";

// DejaVu covers Latin, Cyrillic and Greek, so names like Київ print correctly;
// the font ships in an npm package, so no font is fetched at run time.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

// PDFKit wraps a word too long for a line in time quadratic in its length
// (20,000 characters took 18 s), so long runs get a zero-width break point.
const breakable = (text: string) => text.replace(/\S{40}/g, "$&\u200B");

const GREY = "#555";
const LINE = 14; // one line of body text, with its gap
const COLUMNS = ["Pledged by", "Description", "Amount or quantity", "Due", "Status"];

/**
 * The readout as a PDF, made on the server with no network access, from its
 * document: commitments as tables, numbered pages, the approval date and the
 * permanent link in full; a heading never stands alone at the foot of a page.
 */
export function readoutPdf(doc: ReadoutDocument, link: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: "A4", margin: 56, bufferPages: true, info: { Title: doc.title, Subject: doc.series } });
  pdf.registerFont("body", path.join(FONTS, "DejaVuSans.ttf"));
  pdf.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));

  /** Starts a new page unless the heading and `after` points of what follows it fit on this one. */
  const keepWithNext = (text: string, size: number, after: number) => {
    const height = pdf.font("bold").fontSize(size).heightOfString(text) + after;
    if (pdf.y + height > pdf.page.maxY()) pdf.addPage();
  };
  const heading = (text: string, size = 13, after = 3 * LINE) => {
    pdf.moveDown(0.6);
    keepWithNext(text, size, after);
    pdf.font("bold").fontSize(size).fillColor("#000").text(breakable(text)).moveDown(0.2);
  };
  const body = (text: string) => pdf.font("body").fontSize(10).fillColor("#000").text(breakable(text), { lineGap: 2 });
  const small = (text: string) => pdf.font("body").fontSize(9).fillColor(GREY).text(breakable(text)).fillColor("#000");
  const prose = (field: Prose) => {
    for (const block of proseBlocks(field)) {
      if (block.heading) heading(block.text, 10, 2 * LINE);
      else body(block.text).moveDown(0.3);
    }
  };

  small(doc.series);
  pdf.font("bold").fontSize(18).text(breakable(doc.title));
  const dates = [
    `Version ${doc.version}`,
    doc.approvedAt ? `approved ${doc.approvedAt.text}` : "",
    doc.firstPublishedAt ? `first published ${doc.firstPublishedAt.day}` : "",
    doc.updatedAt ? `updated ${doc.updatedAt.day}` : "",
  ];
  small(dates.filter(Boolean).join(" · "));
  small("Permanent link:");
  // On a line of its own, so that a link of usual length is never broken.
  pdf.font("body").fontSize(8).fillColor(GREY).text(link, { link: /^https?:/.test(link) ? link : undefined }).fillColor("#000");
  pdf.moveDown(0.5);
  body(`When: ${doc.when}`);
  if (doc.location) body(`Where: ${doc.location} (${doc.formatLabel})`);
  if (doc.chair) body(`Chair: ${doc.chair}`);

  const notes = doc.corrections.filter((c) => c.note);
  if (notes.length) {
    heading("Corrections");
    for (const c of notes) body(`Version ${c.version}, ${c.date.day}: ${c.note}`);
  }
  if (doc.summary.source.trim()) {
    heading("Summary");
    prose(doc.summary);
  }
  heading("Participants");
  body(doc.participants.map((p) => `${p.name}${p.representative ? ` (${p.representative})` : ""}`).join(", ") || "None recorded.");

  heading("Discussions");
  for (const d of doc.discussions) {
    heading(`${d.number}. ${d.title}`, 11);
    small(d.topicLabel);
    prose(d.notes);
    if (d.outcome) body(`Outcome: ${d.outcome}`);
  }
  if (doc.discussions.length === 0) body("None recorded.");

  heading("Commitments");
  for (const section of doc.commitments) {
    // The section's name, the table's header row and its first row stay together.
    heading(section.label, 11, 4 * LINE);
    commitmentTable(pdf, section);
  }
  if (doc.commitmentCount === 0) body("None recorded.");

  if (doc.sources.length) {
    heading("Sources");
    for (const s of doc.sources) {
      const about = [s.publisher, s.publishedOn?.text ?? "", s.href ?? ""].filter(Boolean).join(", ");
      body(`${s.number}. ${s.title}${about ? ` (${about})` : ""}`);
    }
  }

  if (doc.implications.source.trim()) {
    heading("Implications");
    prose(doc.implications);
  }
  numberPages(pdf);
  pdf.end();
  return done;
}

function commitmentTable(pdf: PDFKit.PDFDocument, section: CommitmentSection) {
  const bold = { src: "bold", size: 8 };
  const rows = [
    ...section.items.map((c) => [c.party, c.description + (c.discussion ? `\n(discussion ${c.discussion.number})` : "") + (c.source ? `\n(source ${c.source.number})` : ""), c.size, c.due?.text ?? "—", c.statusLabel].map(breakable)),
    ...section.totals.map((t, i) => [{ text: i === 0 ? "Total" : "", colSpan: 2, font: bold }, { text: t.text, font: bold }, { text: "", colSpan: 2 }]),
  ];
  pdf.font("body").fontSize(8).fillColor("#000");
  pdf.table({
    columnStyles: [80, "*", 95, 60, 60],
    defaultStyle: { border: 0.5, borderColor: "#bbb", padding: 3 },
    data: [COLUMNS.map((text) => ({ text, type: "TH" as const, font: bold, backgroundColor: "#eee" })), ...rows],
  });
  pdf.x = pdf.page.margins.left;
  pdf.moveDown(0.5);
}

/** "Page 2 of 5" at the foot of every page, written once the page count is known. */
function numberPages(pdf: PDFKit.PDFDocument) {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    pdf
      .font("body")
      .fontSize(8)
      .fillColor(GREY)
      .text(`Page ${i - start + 1} of ${count}`, pdf.page.margins.left, pdf.page.height - bottom / 2, { width: pdf.page.width - pdf.page.margins.left - pdf.page.margins.right, align: "center", lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
