import { formatDate, humanize } from "@/lib/format";
import { formatMeetingWhen } from "@/lib/time/format";
import { formatMoney, formatQuantity } from "@/lib/money";
import { groupCommitments } from "@/lib/readouts/group-commitments";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { sourceHref } from "@/lib/meetings/source-link";

/** Table cells cannot hold pipes or line breaks. */
const cell = (text: string) => text.replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ");

/** The readout as a Markdown document, for pasting into mail or another system. */
export function readoutMarkdown(revision: RevisionWithItems, url: string): string {
  const lines: string[] = [`# ${revision.title}`, ""];
  lines.push(`- **Series:** ${revision.series}`);
  lines.push(`- **When:** ${formatMeetingWhen(revision)}`);
  if (revision.location) lines.push(`- **Where:** ${revision.location} (${humanize(revision.format).toLowerCase()})`);
  if (revision.chair) lines.push(`- **Chair:** ${revision.chair}`);
  lines.push(`- **Version:** ${revision.number} (${url})`, "");
  if (revision.summary) lines.push("## Summary", "", revision.summary, "");
  lines.push("## Participants", "");
  for (const p of revision.participants) {
    lines.push(`- ${p.name} (${humanize(p.kind).toLowerCase()}${p.representative ? `, ${p.representative}` : ""}${p.attendance !== "in_person" ? `, ${humanize(p.attendance).toLowerCase()}` : ""})`);
  }
  if (revision.participants.length === 0) lines.push("None recorded.");
  lines.push("", "## Discussions", "");
  revision.discussions.forEach((d, i) => {
    lines.push(`### ${i + 1}. ${d.title}`, "", `*Topic: ${humanize(d.topic)}*`, "");
    if (d.notes) lines.push(d.notes, "");
    if (d.outcome) lines.push(`**Outcome:** ${d.outcome}`, "");
  });
  const sourceNumbers = new Map(revision.sources.map((s, i) => [s.id, i + 1]));
  const cited = (sourceId: string | null) => (sourceId && sourceNumbers.has(sourceId) ? ` (source ${sourceNumbers.get(sourceId)})` : "");
  lines.push("## Commitments", "");
  for (const group of groupCommitments(revision.commitments)) {
    lines.push(`### ${humanize(group.kind)}`, "", "| Pledged by | Description | Amount or quantity | Due | Status |", "| --- | --- | ---: | --- | --- |");
    for (const c of group.items) {
      const size = [c.amount && c.currency ? formatMoney(c.amount, c.currency) : "", c.quantity !== null ? formatQuantity(c.quantity, c.unit) : ""].filter(Boolean).join("; ");
      lines.push(`| ${cell(c.party)} | ${cell(c.description)}${cited(c.sourceId)} | ${size || "—"} | ${c.dueDate ? formatDate(c.dueDate) : "—"} | ${humanize(c.status)} |`);
    }
    for (const t of group.totals) lines.push(`| **Total** | | **${formatMoney(t.amount, t.currency)}** | | |`);
    lines.push("");
  }
  if (revision.commitments.length === 0) lines.push("None recorded.", "");
  if (revision.sources.length) {
    lines.push("## Sources", "");
    revision.sources.forEach((s, i) => {
      const about = [s.publisher, s.publishedOn ? formatDate(s.publishedOn) : ""].filter(Boolean).join(", ");
      const href = sourceHref(s.url);
      lines.push(`${i + 1}. ${s.title}${about ? ` (${about})` : ""}${href ? ` <${href}>` : ""}`);
    });
    lines.push("");
  }
  if (revision.implications) lines.push("## Implications", "", revision.implications, "");
  return lines.join("\n");
}
