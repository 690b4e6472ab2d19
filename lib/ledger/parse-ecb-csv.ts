import { parseIsoDate } from "@/lib/validation/iso-date";

/**
 * The ECB's euro reference rates as it publishes them (`eurofxref-hist.csv`):
 * a header `Date,USD,JPY,…,` with a trailing comma, one row per day (newest
 * first), each value the units of that currency per 1 euro with a dot
 * decimal, `N/A` where there was no rate. Parsing is strict: any malformed
 * cell is reported with its row and column, and the file is refused whole.
 */

// About 75 years of working days: the real history (1999 on) has ~7,000 rows.
export const MAX_RATE_ROWS = 20_000;
const MAX_CURRENCIES = 100;
const MAX_PROBLEMS = 50;
const RATE = /^\d{1,12}(\.\d{1,6})?$/;
const CURRENCY = /^[A-Z]{3}$/;

export type RateProblem = { row: number; column: number; columnName: string; message: string };

export type ParsedRates = {
  /** Currencies in the header, in file order. */
  currencies: string[];
  /** One entry per rate present (N/A cells are left out). */
  rates: { currency: string; date: string; rate: string }[];
  rows: number;
  firstDate: string;
  lastDate: string;
};

export type ParseResult = { ok: true; value: ParsedRates } | { ok: false; problems: RateProblem[]; more: number };

export function parseEcbCsv(text: string): ParseResult {
  const problems: RateProblem[] = [];
  let more = 0;
  const report = (row: number, column: number, columnName: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ row, column, columnName, message });
    else more += 1;
  };

  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  if (lines.length === 0) return refuse(1, 1, "", "The file is empty.");

  const header = dropTrailingEmpty((lines[0] ?? "").split(","));
  if (header[0] !== "Date") return refuse(1, 1, header[0] ?? "", `The first column must be “Date”, as in the ECB's file; found “${show(header[0] ?? "")}”.`);
  const currencies = header.slice(1);
  if (currencies.length === 0) return refuse(1, 2, "", "The header names no currencies.");
  if (currencies.length > MAX_CURRENCIES) return refuse(1, MAX_CURRENCIES + 2, "", `The header names more than ${MAX_CURRENCIES} currencies.`);
  const seenCurrencies = new Set<string>();
  currencies.forEach((code, i) => {
    if (!CURRENCY.test(code)) report(1, i + 2, code, `“${show(code)}” is not a currency code (three capital letters, such as USD).`);
    else if (code === "EUR") report(1, i + 2, code, "EUR cannot have a rate against itself.");
    else if (seenCurrencies.has(code)) report(1, i + 2, code, `${code} appears twice in the header.`);
    seenCurrencies.add(code);
  });
  if (problems.length > 0) return { ok: false, problems, more };

  const dataLines = lines.length - 1;
  if (dataLines === 0) return refuse(2, 1, "Date", "The file has a header but no rows of rates.");
  if (dataLines > MAX_RATE_ROWS) return refuse(MAX_RATE_ROWS + 2, 1, "Date", `The file has more than ${MAX_RATE_ROWS.toLocaleString("en")} rows.`);

  const rates: ParsedRates["rates"] = [];
  const seenDates = new Map<string, number>();
  let firstDate = "";
  let lastDate = "";
  for (let index = 1; index < lines.length; index++) {
    const row = index + 1;
    const line = lines[index] ?? "";
    const cells = dropTrailingEmpty(line.split(","));
    if (cells.length !== header.length) {
      const what = line.trim() === "" ? "is empty" : `has ${cells.length - 1} values`;
      report(row, 1, "", `This row ${what}; the header names ${currencies.length} currencies.`);
      continue;
    }
    const date = cells[0] ?? "";
    if (!parseIsoDate(date)) {
      report(row, 1, "Date", `“${show(date)}” is not a date (YYYY-MM-DD).`);
      continue;
    }
    const earlier = seenDates.get(date);
    if (earlier) report(row, 1, "Date", `${date} already appears in row ${earlier}.`);
    seenDates.set(date, row);
    if (!firstDate || date < firstDate) firstDate = date;
    if (!lastDate || date > lastDate) lastDate = date;
    for (let i = 0; i < currencies.length; i++) {
      const value = cells[i + 1] ?? "";
      const currency = currencies[i] ?? "";
      if (value === "N/A") continue;
      if (!RATE.test(value) || Number(value) === 0) {
        report(row, i + 2, currency, `“${show(value)}” is not a rate: expected a positive number with a dot decimal (such as 1.0524), or N/A.`);
        continue;
      }
      rates.push({ currency, date, rate: value });
    }
  }
  if (problems.length > 0 || more > 0) return { ok: false, problems, more };
  return { ok: true, value: { currencies, rates, rows: dataLines, firstDate, lastDate } };

  function refuse(row: number, column: number, columnName: string, message: string): ParseResult {
    return { ok: false, problems: [{ row, column, columnName, message }], more: 0 };
  }
}

/** The ECB ends every line with a comma; a file saved again without it is read the same. */
function dropTrailingEmpty(cells: string[]): string[] {
  return cells.length > 1 && cells.at(-1) === "" ? cells.slice(0, -1) : cells;
}

const show = (value: string) => (value.length > 24 ? `${value.slice(0, 24)}…` : value);

/** "Row 3, column 2 (USD): …" */
export function describeProblem(problem: RateProblem): string {
  const column = problem.columnName ? `column ${problem.column} (${problem.columnName})` : `column ${problem.column}`;
  return `Row ${problem.row}, ${column}: ${problem.message}`;
}
