import type { Element, ElementContent, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import { UNFORMATTED_REASONS } from "@/lib/markdown/bounds";
import type { Prose } from "@/lib/markdown/prose";
import { SOURCE_LINK_REL } from "@/lib/meetings/source-link";
import type { CommitmentSection, ReadoutContent, SourceLine } from "@/lib/readouts/document";

// The body of a readout (what components/readout/readout-body.tsx shows) as
// one HTML string. A revision never changes, so the string is made once per
// cached content (lib/readouts/content-cache.ts) and each view sends it as it
// is, instead of rendering hundreds of elements per request (decision 0031).
// Every text is escaped by hast-util-to-html; Markdown comes as its safe tree.

type Child = ElementContent | string | null | false | undefined;

const el = (tagName: string, properties: Record<string, string | number | string[]>, ...children: (Child | Child[])[]): Element => ({
  type: "element",
  tagName,
  properties: properties as Properties,
  children: children
    .flat()
    .filter((c): c is ElementContent | string => c !== null && c !== false && c !== undefined)
    .map((c) => (typeof c === "string" ? { type: "text", value: c } : c)),
});
const cls = (names: string) => names.split(" ");

export const PROSE_CLASS =
  "prose-readout space-y-2 text-sm leading-relaxed text-slate-800 [overflow-wrap:anywhere] [&_a]:text-brand-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5 [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto";

function prose(field: Prose): Element | null {
  if (!field.source.trim()) return null;
  if (!field.ok) {
    return el(
      "div",
      { className: cls("space-y-1") },
      el("pre", { className: cls("whitespace-pre-wrap break-words font-sans text-sm leading-relaxed text-slate-800") }, field.source),
      el("p", { className: cls("text-xs text-slate-500") }, `Shown as plain text: ${UNFORMATTED_REASONS[field.reason]}.`),
    );
  }
  return el("div", { className: cls(PROSE_CLASS) }, ...(field.hast.children as ElementContent[]));
}

const heading = (id: string, text: string, extra = "mb-2 ") => el("h2", { id, className: cls(`${extra}text-lg font-semibold`) }, text);
const none = () => el("p", { className: cls("text-sm text-slate-500") }, "None recorded.");

// Below the small breakpoint each row stacks into a card whose cells carry
// their column's name, so a phone shows every column without sideways scrolling.
// The cells' common classes are stated once on their table body, not on every
// cell: they were two thirds of a large readout's bytes, sent twice per view.
const ROWS = cls(
  "divide-y divide-slate-100 max-sm:block max-sm:[&>tr]:block max-sm:[&>tr]:py-2 [&>tr>td]:px-3 [&>tr>td]:py-2 max-sm:[&>tr>td]:flex max-sm:[&>tr>td]:gap-3 max-sm:[&>tr>td]:py-1 max-sm:[&>tr>td]:text-left max-sm:[&>tr>td]:before:w-28 max-sm:[&>tr>td]:before:shrink-0 max-sm:[&>tr>td]:before:font-medium max-sm:[&>tr>td]:before:text-slate-500 max-sm:[&>tr>td]:before:content-[attr(data-label)]",
);
const cell = (label: string, extra: string, ...children: Child[]) => el("td", extra ? { dataLabel: label, className: cls(extra) } : { dataLabel: label }, ...children);
const small = (...children: Child[]) => el("div", { className: cls("text-xs text-slate-500") }, ...children);

function commitmentTable(section: CommitmentSection): Element {
  const head = ["Pledged by", "Description", "Amount or quantity", "Due", "Status"].map((h) =>
    el("th", { scope: "col", className: cls(h === "Amount or quantity" ? "px-3 py-2 text-right" : "px-3 py-2") }, h),
  );
  const rows = section.items.map((c) =>
    el(
      "tr",
      {},
      cell("Pledged by", "font-medium", c.party),
      cell(
        "Description",
        "[overflow-wrap:anywhere]",
        el(
          "div",
          {},
          c.description,
          c.discussion ? small(`Discussion ${c.discussion.number}. ${c.discussion.title}`) : null,
          c.source ? small("Source ", el("a", { href: `#source-${c.source.key}`, className: cls("underline") }, `${c.source.number}. ${c.source.title}`)) : null,
        ),
      ),
      cell(
        "Amount or quantity",
        "text-right tabular-nums sm:whitespace-nowrap",
        el(
          "div",
          {},
          c.money ? el("div", {}, c.money.text) : null,
          c.undisclosed ? el("div", { className: cls("text-slate-600") }, c.undisclosed.text) : null,
          c.quantity ? el("div", {}, c.quantity.text) : null,
          !c.money && !c.undisclosed && !c.quantity ? "—" : null,
        ),
      ),
      cell("Due", "sm:whitespace-nowrap", c.due?.text ?? "—"),
      cell("Status", "", c.statusLabel),
    ),
  );
  const totals = section.totals.length
    ? el(
        "tfoot",
        { className: cls("border-t border-slate-200 bg-slate-50 font-medium max-sm:block") },
        el(
          "tr",
          { className: cls("max-sm:flex max-sm:gap-3 max-sm:px-3 max-sm:py-2") },
          el("th", { scope: "row", colSpan: 2, className: cls("px-3 py-2 text-right max-sm:w-28 max-sm:shrink-0 max-sm:p-0 max-sm:text-left") }, "Total"),
          el("td", { className: cls("px-3 py-2 text-right tabular-nums max-sm:p-0 max-sm:text-left sm:whitespace-nowrap") }, ...section.totals.map((t) => el("div", {}, t.text))),
          el("td", { colSpan: 2, className: cls("max-sm:hidden") }),
        ),
      )
    : null;
  return el(
    "div",
    { className: cls("overflow-x-auto rounded-lg border border-slate-200 bg-white print:break-inside-avoid") },
    el(
      "table",
      { className: cls("w-full text-left text-sm max-sm:block") },
      el("caption", { className: cls("bg-slate-50 px-3 py-2 text-left font-semibold max-sm:block") }, `${section.label} (${section.items.length})`),
      el("thead", { className: cls("border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 max-sm:sr-only") }, el("tr", {}, ...head)),
      el("tbody", { className: ROWS }, ...rows),
      totals,
    ),
  );
}

function sourcesList(sources: SourceLine[]): Element | null {
  if (sources.length === 0) return null;
  return el(
    "section",
    { ariaLabelledBy: "sources" },
    heading("sources", `Sources (${sources.length})`),
    el(
      "ol",
      { className: cls("list-decimal space-y-1 pl-6 text-sm") },
      ...sources.map((s) =>
        el(
          "li",
          { id: `source-${s.key}` },
          s.href ? el("a", { href: s.href, rel: SOURCE_LINK_REL.split(" "), className: cls("font-medium text-brand-700 underline") }, s.title) : el("span", { className: cls("font-medium") }, s.title),
          el("span", { className: cls("text-slate-500") }, `${s.publisher ? ` · ${s.publisher}` : ""}${s.publishedOn ? ` · ${s.publishedOn.text}` : ""}`),
        ),
      ),
    ),
  );
}

function facts(content: ReadoutContent): Element {
  const term = (text: string) => el("dt", { className: cls("font-medium text-slate-500") }, text);
  return el(
    "dl",
    { className: cls("grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]") },
    term("When"),
    el("dd", { dataTestid: "meeting-when" }, content.when),
    term("Series"),
    el("dd", {}, content.series),
    content.location ? [term("Where"), el("dd", {}, `${content.location} (${content.formatLabel})`)] : null,
    content.chair ? [term("Chair"), el("dd", {}, content.chair)] : null,
  );
}

function body(content: ReadoutContent): Child[] {
  return [
    facts(content),
    content.summary.source ? el("section", { ariaLabelledBy: "summary" }, heading("summary", "Summary"), prose(content.summary)) : null,
    el(
      "section",
      { ariaLabelledBy: "participants" },
      heading("participants", `Participants (${content.participants.length})`),
      content.participants.length
        ? el(
            "ul",
            { className: cls("grid gap-1 text-sm sm:grid-cols-2") },
            ...content.participants.map((p) =>
              el(
                "li",
                {},
                el("span", { className: cls("font-medium") }, p.name),
                el(
                  "span",
                  { className: cls("text-slate-500") },
                  ` · ${p.kindLabel}${p.attendance !== "in_person" ? ` · ${p.attendanceLabel}` : ""}${p.representative ? ` · ${p.representative}` : ""}`,
                ),
              ),
            ),
          )
        : none(),
    ),
    el(
      "section",
      { ariaLabelledBy: "discussions", className: cls("space-y-4") },
      heading("discussions", `Discussions (${content.discussions.length})`, ""),
      content.discussions.length === 0 ? none() : null,
      ...content.discussions.map((d) =>
        el(
          "article",
          { className: cls("rounded-lg border border-slate-200 bg-white p-4") },
          el("h3", { className: cls("font-semibold [overflow-wrap:anywhere]") }, `${d.number}. ${d.title} `, el("span", { className: cls("ml-1 text-xs font-normal text-slate-500") }, d.topicLabel)),
          el("div", { className: cls("mt-2") }, prose(d.notes)),
          d.outcome ? el("p", { className: cls("mt-3 border-l-4 border-brand-100 pl-3 text-sm") }, el("span", { className: cls("font-medium") }, "Outcome: "), d.outcome) : null,
        ),
      ),
    ),
    el(
      "section",
      { ariaLabelledBy: "commitments", className: cls("space-y-3") },
      heading("commitments", `Commitments (${content.commitmentCount})`, ""),
      content.commitmentCount === 0 ? none() : null,
      ...content.commitments.map(commitmentTable),
    ),
    sourcesList(content.sources),
    content.implications.source ? el("section", { ariaLabelledBy: "implications" }, heading("implications", "Implications"), prose(content.implications)) : null,
  ];
}

const made = new WeakMap<ReadoutContent, string>();

/** The readout's body as HTML (the sections inside its wrapper), made once per content object, so once per cached revision. */
export function readoutBodyHtml(content: ReadoutContent): string {
  let html = made.get(content);
  if (html === undefined) made.set(content, (html = toHtml(el("div", {}, ...body(content)).children)));
  return html;
}
