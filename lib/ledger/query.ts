import { parsePage } from "@/lib/pagination";
import { cleanText } from "@/lib/validation/parse";

/** What narrows the ledger: a meeting series, an announcement date range, a recipient party (its slug). */
export type LedgerFilter = {
  series?: string;
  from?: string;
  to?: string;
  recipient?: string;
};

export type LedgerQuery = LedgerFilter & {
  /** Page of the overdue list. */
  page: number;
  /** Every party in the per-party table rather than the first few. */
  allParties: boolean;
};

type Raw = Record<string, string | string[] | undefined>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-02-30" is not a day: the calendar must agree after parsing, not only the shape. */
export function parseDay(value: string): string | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? value : undefined;
}

function first(raw: Raw, key: string): string | undefined {
  const value = raw[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined ? undefined : cleanText(one).trim() || undefined;
}

/**
 * Reads the ledger's query string. Nothing here fails: a value that cannot be
 * used is dropped and explained in `notices`.
 */
export function parseLedgerQuery(raw: Raw): { query: LedgerQuery; notices: string[] } {
  const { filter, notices } = parseLedgerFilter(raw);
  return { query: { ...filter, page: parsePage(raw.page), allParties: first(raw, "parties") === "all" }, notices };
}

export function parseLedgerFilter(raw: Raw): { filter: LedgerFilter; notices: string[] } {
  const notices: string[] = [];
  const filter: LedgerFilter = {};
  for (const key of ["from", "to"] as const) {
    const value = first(raw, key);
    if (!value) continue;
    const day = parseDay(value);
    if (day) filter[key] = day;
    else notices.push(`“${value.slice(0, 40)}” is not a date (YYYY-MM-DD); the “${key}” filter was ignored.`);
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    notices.push("The start of the date range was after its end; the two were swapped.");
    [filter.from, filter.to] = [filter.to, filter.from];
  }
  const series = first(raw, "series");
  if (series) filter.series = series.slice(0, 120);
  const recipient = first(raw, "recipient");
  if (recipient) filter.recipient = recipient.slice(0, 120).toLowerCase();
  return { filter, notices };
}

/** The filter back as URL parameters; unset ones are left out. */
export function filterParams(filter: LedgerFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ["series", "from", "to", "recipient"] as const) {
    const value = filter[key];
    if (value) params[key] = value;
  }
  return params;
}

/** "12" or "P-12" → 12; anything else → null. */
export function parsePledgeNumber(raw: string): number | null {
  const match = /^(?:P-)?(\d{1,9})$/i.exec(raw.trim());
  const number = match ? Number(match[1]) : 0;
  return number >= 1 ? number : null;
}
