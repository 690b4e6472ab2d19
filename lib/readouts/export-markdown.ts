import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { formatMoney, formatQuantity, formatUndisclosed } from "@/lib/money";
import { groupCommitments } from "@/lib/readouts/group-commitments";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";

/** Table cells cannot hold pipes or line breaks. */
const cell = (text: string) => text.replaceAll("|", "\\|").replace(/\s*\n\s*/g, " ");

/** The readout as a Markdown document, for pasting into mail or another system. */
export function readoutMarkdown(revision: RevisionWithItems, url: string): string {
  const lines: string[] = [`# ${revision.title}`, ""];
  lines.push(`- **Series:** ${revision.series}`);
  lines.push(`- **When:** ${formatDateTime(revision.startsAt)}${revision.endsAt ? ` – ${formatDateTime(revision.endsAt)}` : ""}`);
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
  lines.push("## Commitments", "");
  for (const group of groupCommitments(revision.commitments)) {
    lines.push(`### ${humanize(group.kind)}`, "", "| Pledged by | Description | Amount or quantity | Due | Status |", "| --- | --- | ---: | --- | --- |");
    for (const c of group.items) {
      const size = [c.amount && c.currency ? formatMoney(c.amount, c.currency) : "", c.amountUndisclosed ? formatUndisclosed(c.currency) : "", c.quantity !== null ? formatQuantity(c.quantity, c.unit) : ""].filter(Boolean).join("; ");
      lines.push(`| ${cell(c.party)} | ${cell(c.description)} | ${size || "—"} | ${c.dueDate ? formatDate(c.dueDate) : "—"} | ${humanize(c.status)} |`);
    }
    for (const t of group.totals) lines.push(`| **Total** | | **${formatMoney(t.amount, t.currency)}** | | |`);
    lines.push("");
  }
  if (revision.commitments.length === 0) lines.push("None recorded.", "");
  if (revision.implications) lines.push("## Implications", "", revision.implications, "");
  return lines.join("\n");
}
