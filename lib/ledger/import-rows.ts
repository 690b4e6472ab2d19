import { parse } from "csv-parse/sync";
import { z } from "zod";
import { parsePledgeNumber } from "@/lib/ledger/pledge-number";
import {
  COLUMNS_OF,
  IMPORT_COLUMNS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  ROW_TYPES,
  type ImportColumn,
  type ImportProblem,
  type RowType,
} from "@/lib/ledger/import-columns";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { isoDay, todayUtc } from "@/lib/validation/iso-date";
import { COMMITMENT_KINDS, INSTRUMENTS, MAX_AMOUNT, MAX_QUANTITY } from "@/lib/validation/meeting";
import { parseAmount, parseDay, parseWholeNumber } from "@/lib/validation/parse";
import { ZProposeEventInput, type ProposeEventInput } from "@/lib/validation/pledge-event";

export type PledgeRow = {
  type: "pledge";
  row: number;
  ref: string;
  party: string;
  recipient: string;
  kind: (typeof COMMITMENT_KINDS)[number];
  instrument: (typeof INSTRUMENTS)[number] | null;
  description: string;
  amount: string | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  dueDate: string | null;
  announcedOn: string;
  series: string | null;
  source: string;
};

export type EventRow = {
  type: "event";
  row: number;
  pledge: { ref: string } | { number: number };
  event: ProposeEventInput;
};

export type ImportRow = PledgeRow | EventRow;

export type ReadRows = { rows: ImportRow[]; problems: ImportProblem[]; rowCount: number };

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

const day = (label: string, required: boolean) =>
  z
    .string()
    .trim()
    .refine((v) => !required || v !== "", `${label} is required.`)
    .refine((v) => v === "" || parseDay(v) !== null, `${label} must be a date that exists, written YYYY-MM-DD.`)
    .refine((v) => v === "" || parseDay(v) === null || (v >= "1945-01-01" && v <= "2100-12-31"), `${label} must be between 1945 and 2100.`)
    .transform((v) => (v === "" ? null : v));

const ZPledgeRow = z
  .object({
    ref: z.string().trim().min(1, "A pledge row needs a ref, the file's own name for it, for its events to point at.").max(64, "Ref must be at most 64 characters."),
    party: requiredText("Party", 200),
    recipient: optionalText("Recipient", 200),
    kind: z.enum(COMMITMENT_KINDS, { error: `Kind must be one of: ${COMMITMENT_KINDS.join(", ")}.` }),
    instrument: z
      .enum(["", ...INSTRUMENTS], { error: `Instrument must be empty or one of: ${INSTRUMENTS.join(", ")}.` })
      .transform((v) => (v === "" ? null : v)),
    description: requiredText("Description", 2_000),
    amount: z
      .string()
      .trim()
      .refine((v) => v === "" || parseAmount(v) !== null, "Amount must be a number such as 2500000 or 2,500,000.50 (a comma only between groups of three digits).")
      .refine((v) => !/\.\d{3,}$/.test(parseAmount(v) ?? ""), "Amount can have at most two decimals.")
      .refine((v) => parseAmount(v) === null || Number(parseAmount(v)) > 0, "Amount must be more than zero; leave it empty if undisclosed.")
      .refine((v) => Number(parseAmount(v) ?? 0) <= MAX_AMOUNT, "Amount is larger than any plausible pledge; check the figure.")
      .transform((v) => parseAmount(v)),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === "" || CURRENCIES.has(v), "Unknown currency: use an ISO 4217 code such as EUR or USD.")
      .transform((v) => v || null),
    quantity: z
      .string()
      .trim()
      .refine((v) => v === "" || parseWholeNumber(v, 1, MAX_QUANTITY) !== null, `Quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString("en")}.`)
      .transform((v) => (v === "" ? null : Number(v))),
    unit: optionalText("Unit", 50).transform((v) => v || null),
    due_date: day("Due date", false),
    announced_on: day("Announced on", true),
    series: optionalText("Series", 120).transform((v) => v || null),
    source: requiredText("Source", 500),
  })
  .superRefine((v, ctx) => {
    if (v.amount !== null && v.currency === null) ctx.addIssue({ code: "custom", path: ["currency"], message: "An amount needs its currency." });
    if (v.amount === null && v.currency !== null) ctx.addIssue({ code: "custom", path: ["amount"], message: "A currency needs an amount; leave both empty if undisclosed." });
    if (v.unit !== null && v.quantity === null) ctx.addIssue({ code: "custom", path: ["quantity"], message: "A unit needs a quantity." });
    if (v.announced_on && v.announced_on > isoDay(todayUtc())) ctx.addIssue({ code: "custom", path: ["announced_on"], message: "Announced on cannot be in the future (dates are in UTC)." });
    if (v.due_date && v.announced_on && v.due_date < v.announced_on) ctx.addIssue({ code: "custom", path: ["due_date"], message: "Due date is before the pledge was announced." });
  });

// The event form's fields, as this file names its columns.
const EVENT_COLUMN: Record<string, ImportColumn> = { kind: "kind", amount: "amount", quantity: "quantity", asOf: "as_of", source: "source", sourceUrl: "source_url" };

const problemsOf = (row: number, error: z.ZodError, columnOf: (path: string) => ImportColumn | null): ImportProblem[] =>
  error.issues.map((issue) => ({ row, column: columnOf(String(issue.path[0] ?? "")), message: issue.message }));

const asColumn = (path: string) => ((IMPORT_COLUMNS as readonly string[]).includes(path) ? (path as ImportColumn) : null);

/** One data row, checked on its own: types, dates, amounts, currencies, what each type of row must and must not fill. */
export function readRow(row: number, cells: Record<ImportColumn, string>): { value: ImportRow | null; problems: ImportProblem[] } {
  const type = cells.type.trim().toLowerCase();
  if (!(ROW_TYPES as readonly string[]).includes(type)) {
    return { value: null, problems: [{ row, column: "type", message: `Type must be “pledge” or “event”, not “${cells.type.trim()}”.` }] };
  }
  const allowed = COLUMNS_OF[type as RowType];
  const stray: ImportProblem[] = IMPORT_COLUMNS.filter((c) => !allowed.includes(c) && cells[c].trim() !== "").map((column) => ({
    row,
    column,
    message: `Leave ${column} empty in a ${type} row.`,
  }));

  if (type === "pledge") {
    const parsed = ZPledgeRow.safeParse(cells);
    if (!parsed.success) return { value: null, problems: [...stray, ...problemsOf(row, parsed.error, asColumn)] };
    const v = parsed.data;
    const value: PledgeRow = {
      type: "pledge",
      row,
      ref: v.ref,
      party: v.party,
      recipient: v.recipient,
      kind: v.kind,
      instrument: v.instrument,
      description: v.description,
      amount: v.amount,
      currency: v.currency,
      quantity: v.quantity,
      unit: v.unit,
      dueDate: v.due_date,
      announcedOn: v.announced_on!,
      series: v.series,
      source: v.source,
    };
    return { value: stray.length ? null : value, problems: stray };
  }

  const target = cells.pledge.trim();
  const number = /^p-/i.test(target) ? parsePledgeNumber(target) : null;
  const pledgeProblems: ImportProblem[] =
    target === "" ? [{ row, column: "pledge", message: "An event row needs its pledge: a ref from this file or a ledger number such as P-12." }]
    : /^p-/i.test(target) && number === null ? [{ row, column: "pledge", message: `“${target}” is not a pledge number such as P-12.` }]
    : [];
  const parsed = ZProposeEventInput.safeParse({
    kind: cells.kind.trim().toLowerCase(),
    amount: cells.amount,
    quantity: cells.quantity,
    asOf: cells.as_of,
    source: cells.source,
    sourceUrl: cells.source_url,
    note: "",
  });
  const problems = [...stray, ...pledgeProblems, ...(parsed.success ? [] : problemsOf(row, parsed.error, (p) => EVENT_COLUMN[p] ?? null))];
  if (!parsed.success || problems.length > 0) return { value: null, problems };
  return { value: { type: "event", row, pledge: number !== null ? { number } : { ref: target }, event: parsed.data }, problems: [] };
}

/**
 * The file's text as rows, each checked on its own. Bounded: at most
 * MAX_IMPORT_BYTES and MAX_IMPORT_ROWS, refused whole beyond that.
 */
export function readImportFile(text: string): ReadRows {
  const fail = (message: string, row = 1): ReadRows => ({ rows: [], problems: [{ row, column: null, message }], rowCount: 0 });
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) return fail(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into several imports.`);
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, to: MAX_IMPORT_ROWS + 2 });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fail(`The file is not valid CSV: ${(error as Error).message}`, typeof line === "number" ? line : 1);
  }
  const [header, ...data] = records;
  if (!header) return fail("The file is empty.");
  if (data.length > MAX_IMPORT_ROWS) return fail(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows: split it into several imports.`);
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (unknown.length || repeated.length || !names.includes("type")) {
    const message = unknown.length
      ? `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. The columns are: ${IMPORT_COLUMNS.join(", ")}.`
      : repeated.length ? `Column ${repeated[0]} appears twice.` : "The first row must name the columns, including type.";
    return fail(message);
  }
  if (data.length === 0) return fail("The file has a header but no rows.");

  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  data.forEach((record, i) => {
    const cells = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, record[names.indexOf(c)] ?? ""])) as Record<ImportColumn, string>;
    const { value, problems: found } = readRow(i + 2, cells);
    if (value) rows.push(value);
    problems.push(...found);
  });
  return { rows, problems, rowCount: data.length };
}
