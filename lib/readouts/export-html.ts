import type { Element, ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Prose } from "@/lib/markdown/prose";
import type { CommitmentSection, ReadoutDocument } from "@/lib/readouts/document";

type Child = ElementContent | string | null | false;

const el = (tagName: string, properties: Properties, ...children: Child[]): Element => ({
  type: "element",
  tagName,
  properties,
  children: children.filter((c): c is ElementContent | string => c !== null && c !== false).map((c) => (typeof c === "string" ? { type: "text", value: c } : c)),
});

function prose(field: Prose): ElementContent[] {
  if (!field.source.trim()) return [];
  return field.ok ? [el("div", {}, ...(field.hast.children as ElementContent[]))] : [el("pre", {}, field.source)];
}

function table(section: CommitmentSection): Element {
  const head = ["Pledged by", "Description", "Amount or quantity", "Due", "Status"].map((h) => el("th", { scope: "col" }, h));
  const rows = section.items.map((c) =>
    el("tr", {}, el("td", {}, c.party), el("td", {}, c.description), el("td", {}, c.size), el("td", {}, c.due?.text ?? "—"), el("td", {}, c.statusLabel)),
  );
  const totals = section.totals.map((t) => el("tr", {}, el("th", { scope: "row", colSpan: 2 }, "Total"), el("td", {}, t.text), el("td", { colSpan: 2 })));
  return el(
    "table",
    {},
    el("caption", {}, `${section.label} (${section.items.length})`),
    el("thead", {}, el("tr", {}, ...head)),
    el("tbody", {}, ...rows),
    totals.length ? el("tfoot", {}, ...totals) : null,
  );
}

/**
 * The readout's body as one HTML fragment (for the feed), from its document:
 * Markdown fields as their safe HTML trees, every other text escaped.
 */
export function readoutHtml(doc: ReadoutDocument): string {
  const notes = doc.corrections.filter((c) => c.note);
  const facts = [
    ["When", doc.when],
    ["Series", doc.series],
    ["Where", doc.location ? `${doc.location} (${doc.formatLabel})` : ""],
    ["Chair", doc.chair],
    ["Version", String(doc.version)],
  ].filter(([, value]) => value);
  const tree = el(
    "div",
    {},
    notes.length ? el("ul", {}, ...notes.map((c) => el("li", {}, `Correction (version ${c.version}, ${c.date.day}): ${c.note}`))) : null,
    el("dl", {}, ...facts.flatMap(([term, value]) => [el("dt", {}, term!), el("dd", {}, value!)])),
    ...(doc.summary.source.trim() ? [el("h2", {}, "Summary"), ...prose(doc.summary)] : []),
    el("h2", {}, `Participants (${doc.participants.length})`),
    doc.participants.length ? el("ul", {}, ...doc.participants.map((p) => el("li", {}, `${p.name} · ${p.kindLabel}${p.representative ? ` · ${p.representative}` : ""}`))) : el("p", {}, "None recorded."),
    el("h2", {}, `Discussions (${doc.discussions.length})`),
    ...doc.discussions.flatMap((d) => [el("h3", {}, `${d.number}. ${d.title} (${d.topicLabel})`), ...prose(d.notes), d.outcome ? el("p", {}, `Outcome: ${d.outcome}`) : null]).filter((n): n is Element => n !== null),
    el("h2", {}, `Commitments (${doc.commitmentCount})`),
    ...doc.commitments.map(table),
    ...(doc.implications.source.trim() ? [el("h2", {}, "Implications"), ...prose(doc.implications)] : []),
  );
  return toHtml(tree);
}
