import path from "node:path";
import PDFDocument from "pdfkit";
import { formatDate, humanize } from "@/lib/format";
import { formatMeetingWhen } from "@/lib/time/format";
import { measureReadout } from "@/lib/markdown/bounds";
import { markdownToPlainText } from "@/lib/markdown/plain-text";
import { formatMoney, formatQuantity } from "@/lib/money";
import { groupCommitments } from "@/lib/readouts/group-commitments";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";

// DejaVu covers Latin, Cyrillic and Greek, so names like Київ print correctly;
// the font ships in an npm package, so no font is fetched at run time.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

// PDFKit wraps a word too long for a line in time quadratic in its length
// (20,000 characters took 18 s), so long runs get a zero-width break point.
const breakable = (text: string) => text.replace(/\S{40}/g, "$&\u200B");

/** The readout as a PDF, made on the server with no network access. */
export function readoutPdf(revision: RevisionWithItems, url: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: revision.title, Subject: revision.series } });
  doc.registerFont("body", path.join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const heading = (text: string, size = 13) => doc.moveDown(0.6).font("bold").fontSize(size).text(text).moveDown(0.2);
  const body = (text: string) => doc.font("body").fontSize(10).text(breakable(text), { lineGap: 2 });
  // Markdown's markers are noise on paper: keep the words, within the same bounds as the page.
  const markdown = measureReadout(revision);

  doc.font("body").fontSize(9).fillColor("#555").text(revision.series);
  doc.font("bold").fontSize(18).fillColor("#000").text(revision.title);
  doc.font("body").fontSize(9).fillColor("#555").text(`Version ${revision.number} · ${url}`).fillColor("#000");
  doc.moveDown(0.5);
  body(`When: ${formatMeetingWhen(revision)}`);
  if (revision.location) body(`Where: ${revision.location} (${humanize(revision.format).toLowerCase()})`);
  if (revision.chair) body(`Chair: ${revision.chair}`);

  if (revision.summary) {
    heading("Summary");
    body(markdownToPlainText(revision.summary, markdown.summary));
  }
  heading("Participants");
  body(revision.participants.map((p) => `${p.name}${p.representative ? ` (${p.representative})` : ""}`).join(", ") || "None recorded.");

  heading("Discussions");
  revision.discussions.forEach((d, i) => {
    doc.moveDown(0.3).font("bold").fontSize(11).text(`${i + 1}. ${d.title}`);
    doc.font("body").fontSize(8).fillColor("#555").text(humanize(d.topic)).fillColor("#000");
    if (d.notes) body(markdownToPlainText(d.notes, markdown.notes[i]));
    if (d.outcome) body(`Outcome: ${d.outcome}`);
  });
  if (revision.discussions.length === 0) body("None recorded.");

  heading("Commitments");
  for (const group of groupCommitments(revision.commitments)) {
    doc.moveDown(0.3).font("bold").fontSize(11).text(humanize(group.kind));
    for (const c of group.items) {
      const size = [c.amount && c.currency ? formatMoney(c.amount, c.currency) : "", c.quantity !== null ? formatQuantity(c.quantity, c.unit) : ""].filter(Boolean).join("; ");
      body(`• ${c.party}: ${c.description}${size ? ` — ${size}` : ""}${c.dueDate ? `, due ${formatDate(c.dueDate)}` : ""} (${humanize(c.status).toLowerCase()})`);
    }
    for (const t of group.totals) doc.font("bold").fontSize(10).text(`Total: ${formatMoney(t.amount, t.currency)}`);
  }
  if (revision.commitments.length === 0) body("None recorded.");

  if (revision.sources.length) {
    heading("Sources");
    revision.sources.forEach((s, i) => {
      const about = [s.publisher, s.publishedOn ? formatDate(s.publishedOn) : "", s.url].filter(Boolean).join(", ");
      body(`${i + 1}. ${s.title}${about ? ` (${about})` : ""}`);
    });
  }

  if (revision.implications) {
    heading("Implications");
    body(markdownToPlainText(revision.implications, markdown.implications));
  }
  doc.end();
  return done;
}
