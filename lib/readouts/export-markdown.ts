import type { ReadoutDocument } from "@/lib/readouts/document";

/**
 * Plain text (titles, names, notes, reasons) as literal Markdown: every
 * character Markdown or HTML would read as syntax is escaped, so a note
 * holding `<img onerror=…>` or `[x](javascript:…)` stays text wherever the file is rendered.
 * (A bare web address may still become a link in GFM renderers: only http(s) or mail, as typed.)
 */
export const literal = (text: string) =>
  text
    .replace(/\s*\n\s*/g, " ")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replace(/[\\`*_[\]|!~]/g, "\\$&");

/** Table cells cannot hold pipes or line breaks either. */
const cell = literal;

/** The readout as a Markdown document, for pasting into mail or another system; `url` is its permanent link. */
export function readoutMarkdown(doc: ReadoutDocument, url: string): string {
  const lines: string[] = [`# ${literal(doc.title)}`, ""];
  lines.push(`- **Series:** ${literal(doc.series)}`);
  lines.push(`- **When:** ${doc.when}`);
  if (doc.location) lines.push(`- **Where:** ${literal(doc.location)} (${doc.formatLabel})`);
  if (doc.chair) lines.push(`- **Chair:** ${literal(doc.chair)}`);
  lines.push(`- **Version:** ${doc.version} (${url})`);
  if (doc.firstPublishedAt) lines.push(`- **First published:** ${doc.firstPublishedAt.day}`);
  if (doc.updatedAt) lines.push(`- **Updated:** ${doc.updatedAt.day}`);
  if (doc.approvedAt) lines.push(`- **Approved:** ${doc.approvedAt.text}`);
  lines.push("");
  const notes = doc.corrections.filter((c) => c.note);
  if (notes.length) lines.push("## Corrections", "", ...notes.map((c) => `- Version ${c.version}, ${c.date.day}: ${literal(c.note)}`), "");
  if (doc.summary.source) lines.push("## Summary", "", doc.summary.source, "");
  lines.push("## Participants", "");
  for (const p of doc.participants) {
    lines.push(`- ${p.name} (${p.kindLabel.toLowerCase()}${p.representative ? `, ${p.representative}` : ""}${p.attendance !== "in_person" ? `, ${p.attendanceLabel.toLowerCase()}` : ""})`);
  }
  if (doc.participants.length === 0) lines.push("None recorded.");
  lines.push("", "## Discussions", "");
  for (const d of doc.discussions) {
    lines.push(`### ${d.number}. ${d.title}`, "", `*Topic: ${d.topicLabel}*`, "");
    if (d.notes.source) lines.push(d.notes.source, "");
    if (d.outcome) lines.push(`**Outcome:** ${d.outcome}`, "");
  }
  const cited = (source: { number: number } | null) => (source ? ` (source ${source.number})` : "");
  lines.push("## Commitments", "");
  for (const section of doc.commitments) {
    lines.push(`### ${section.label}`, "", "| Pledged by | Description | Amount or quantity | Due | Status |", "| --- | --- | ---: | --- | --- |");
    for (const c of section.items) {
      lines.push(`| ${cell(c.party)} | ${cell(c.description)}${cited(c.source)} | ${cell(c.size)} | ${c.due?.text ?? "—"} | ${c.statusLabel} |`);
    }
    for (const t of section.totals) lines.push(`| **Total** | | **${t.text}** | | |`);
    lines.push("");
  }
  if (doc.commitmentCount === 0) lines.push("None recorded.", "");
  if (doc.sources.length) {
    lines.push("## Sources", "");
    for (const s of doc.sources) {
      const about = [s.publisher, s.publishedOn?.text ?? ""].filter(Boolean).join(", ");
      lines.push(`${s.number}. ${s.title}${about ? ` (${about})` : ""}${s.href ? ` <${s.href}>` : ""}`);
    }
    lines.push("");
  }
  if (doc.implications.source) lines.push("## Implications", "", doc.implications.source, "");
  return lines.join("\n");
}
