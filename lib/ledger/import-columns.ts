// The columns of a pledge import file (docs/api.md, public/ledger-import-example.csv).
// A `pledge` row states a pledge's terms; an `event` row reports progress on a
// pledge of the same file (by its ref) or on one already in the ledger ("P-12").

export const IMPORT_COLUMNS = [
  "type",
  "ref",
  "pledge",
  "party",
  "recipient",
  "kind",
  "instrument",
  "description",
  "amount",
  "currency",
  "quantity",
  "unit",
  "due_date",
  "announced_on",
  "as_of",
  "series",
  "source",
  "source_url",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const ROW_TYPES = ["pledge", "event"] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** The columns each type of row may fill; the others must be left empty. */
export const COLUMNS_OF: Record<RowType, readonly ImportColumn[]> = {
  pledge: ["type", "ref", "party", "recipient", "kind", "instrument", "description", "amount", "currency", "quantity", "unit", "due_date", "announced_on", "series", "source"],
  event: ["type", "pledge", "kind", "amount", "quantity", "as_of", "source", "source_url"],
};

// A few thousand rows is a large ledger; bigger sources are split into several imports.
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_IMPORT_ROWS = 2_000;
// Enough to fix a file from; the rest are counted.
export const MAX_REPORTED_PROBLEMS = 100;

/** One thing wrong with the file: its row (the header is row 1, as in a spreadsheet) and column. */
export type ImportProblem = { row: number; column: ImportColumn | null; message: string };
