// Markdown parsing and rendering cost grows faster than the text on some
// inputs (deep nesting, many emphasis or bracket marks in one paragraph, wide
// tables), so every Markdown field is measured by one linear pass first and,
// when over a bound, shown as plain text instead. docs/decisions/0012-bounded-rendering.md

/** Longest Markdown field, in characters: forms refuse more, readers see more as plain text. */
export const MARKDOWN_MAX_LENGTH = 20_000;
/** Lines of one Markdown field: each line may start a block, and some blocks cost more the more there are. */
export const MARKDOWN_MAX_LINES = 1_000;
/** Block quotes, list markers and indentation (two columns a level) on one line. */
export const MARKDOWN_MAX_DEPTH = 24;
/** `*`, `_`, `~`, `[` and `]` in one paragraph (or one table row). */
export const MARKDOWN_MAX_MARKS = 200;
/** Cells of all tables in a field, counting the empty cells a short row is padded with. */
export const MARKDOWN_MAX_TABLE_CELLS = 2_000;

/** Rendering cost (see measureMarkdown) that one page formats; later fields show as plain text. */
export const MARKDOWN_PAGE_BUDGET = 100_000;

export const UNFORMATTED_REASONS = {
  long: "it is too long to format",
  deep: "it is nested too deeply to format",
  marks: "one paragraph has too many formatting marks",
  tables: "its tables are too large to format",
  page: "this page has more formatted text than it formats at once",
  failed: "it could not be formatted",
} as const;
export type UnformattedReason = keyof typeof UNFORMATTED_REASONS;

export type MarkdownMeasure = { ok: true; cost: number } | { ok: false; reason: UnformattedReason };

const SPACE = 32;
const TAB = 9;
const PIPE = 124;
const isMark = (c: number) => c === 42 || c === 95 || c === 126 || c === 91 || c === 93; // * _ ~ [ ]
// Characters that may start a heading, fence or HTML block, which would end a table.
const BLOCK_START = new Set([35, 96, 126, 60]); // # ` ~ <
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Where a list marker at `i` ends (after `-`, `+`, `*`, or up to 9 digits and `.`/`)`), or -1. */
function listMarkerEnd(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  let after = -1;
  if (c === 45 || c === 43 || c === 42) after = i + 1;
  else if (isDigit(c)) {
    let j = i;
    while (j < end && j - i < 9 && isDigit(s.charCodeAt(j))) j++;
    const d = s.charCodeAt(j);
    if (d === 46 || d === 41) after = j + 1;
  }
  if (after === -1 || after === end) return after;
  const next = s.charCodeAt(after);
  return next === SPACE || next === TAB ? after : -1;
}

/** Columns of a GFM table delimiter row such as `| --- | :-: |`, or 0. */
function delimiterRowColumns(line: string): number {
  const trimmed = line.trim();
  if (!trimmed.includes("|") || !trimmed.includes("-")) return 0;
  const cells = trimmed.replace(/^\|/, "").replace(/\|$/, "").split("|");
  return cells.every((cell) => /^:?-+:?$/.test(cell.trim())) ? cells.length : 0;
}

/** The container prefix of one line: block quotes, list markers and indentation. */
function linePrefix(s: string, start: number, end: number) {
  let i = start;
  let depth = 0;
  let columns = 0;
  let columnsSinceQuote = 0;
  let afterQuotes = start;
  let bullet = false;
  let marker = false;
  let afterMarker = false;
  let indentation = 0;
  while (i < end && depth <= MARKDOWN_MAX_DEPTH) {
    const c = s.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      const width = c === TAB ? 4 - (columns % 4) : 1;
      // Indentation may continue open list items; the gap after a marker opens none.
      if (!afterMarker) indentation += width;
      columns += width;
      columnsSinceQuote += width;
      i++;
    } else if (c === 62) {
      afterMarker = false;
      depth++;
      columnsSinceQuote = 0;
      afterQuotes = ++i;
    } else {
      const markerEnd = listMarkerEnd(s, i, end);
      if (markerEnd === -1) break;
      depth++;
      marker = true;
      afterMarker = true;
      if (columnsSinceQuote <= 3 && !isDigit(c)) bullet = true;
      i = markerEnd;
    }
  }
  return { depth: depth + Math.floor(indentation / 2), content: i, afterQuotes, bullet, marker };
}

/**
 * Measures a Markdown text in one pass, never parsing it. `cost` estimates
 * the work of rendering it (characters, plus a share for each line and
 * table cell, calibrated by measuring), for the budget of a whole page.
 */
export function measureMarkdown(text: string): MarkdownMeasure {
  if (text.length > MARKDOWN_MAX_LENGTH) return { ok: false, reason: "long" };
  const source = text.replace(/\r\n?/g, "\n");
  let lines = 0;
  let marks = 0;
  let cells = 0;
  let tableColumns = 0; // of the table being read, until a blank line
  let inTableRows = false; // only while every line is plainly a row of it
  let previousHadPipe = false;
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf("\n", start);
    if (end === -1) end = source.length;
    if (++lines > MARKDOWN_MAX_LINES) return { ok: false, reason: "long" };
    const prefix = linePrefix(source, start, end);
    if (prefix.depth > MARKDOWN_MAX_DEPTH) return { ok: false, reason: "deep" };

    let lineMarks = 0;
    let hasPipe = false;
    let hasText = false;
    for (let j = prefix.content; j < end; j++) {
      const c = source.charCodeAt(j);
      if (isMark(c)) lineMarks++;
      else if (c === PIPE) hasPipe = true;
      if (c !== SPACE && c !== TAB) hasText = true;
    }

    if (!hasText && !prefix.marker) {
      // A blank line (inside its block quotes) ends any paragraph and table.
      marks = 0;
      tableColumns = 0;
      inTableRows = false;
    } else {
      const delimiterColumns = previousHadPipe
        ? Math.max(delimiterRowColumns(source.slice(prefix.afterQuotes, end)), delimiterRowColumns(source.slice(prefix.content, end)))
        : 0;
      if (delimiterColumns > 0) {
        tableColumns = delimiterColumns;
        cells += 2 * delimiterColumns; // the header row and this one
        inTableRows = prefix.depth === 0;
      } else if (tableColumns > 0) {
        cells += tableColumns; // GFM pads every row to the header's width
        inTableRows &&= prefix.depth === 0 && hasPipe && !BLOCK_START.has(source.charCodeAt(prefix.content));
      }
      if (cells > MARKDOWN_MAX_TABLE_CELLS) return { ok: false, reason: "tables" };
      // A bullet with text starts a new block, and each table row is parsed
      // on its own; any other line may continue the paragraph before it.
      if ((prefix.bullet && hasText) || inTableRows) marks = 0;
      marks += lineMarks;
      if (marks > MARKDOWN_MAX_MARKS) return { ok: false, reason: "marks" };
    }
    previousHadPipe = hasPipe;
    start = end + 1;
  }
  return { ok: true, cost: source.length + 20 * lines + 10 * cells };
}

/**
 * Measures the Markdown fields of one page in reading order: each is
 * formatted while the page's budget lasts, and shown as plain text after.
 */
export function measurePage(texts: string[], budget = MARKDOWN_PAGE_BUDGET): MarkdownMeasure[] {
  let left = budget;
  return texts.map((text) => {
    const measure = measureMarkdown(text);
    if (!measure.ok) return measure;
    if (measure.cost > left) return { ok: false, reason: "page" };
    left -= measure.cost;
    return measure;
  });
}

/** The Markdown fields of a readout, measured in the order a reader meets them. */
export function measureReadout(revision: { summary: string; implications: string; discussions: { notes: string }[] }) {
  const measures = measurePage([revision.summary, ...revision.discussions.map((d) => d.notes), revision.implications]);
  return { summary: measures[0]!, notes: measures.slice(1, -1), implications: measures.at(-1)! };
}
