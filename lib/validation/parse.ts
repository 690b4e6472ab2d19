// Strict readers for values that arrive as text: path segments, query strings,
// form fields. Each returns the normalised value, or null for input it refuses;
// the caller decides what a refusal is (a 404, a 400, a message by the field).
// See docs/decisions/0013-input-at-the-edge.md.

// Postgres text cannot hold NUL, and other control characters (but tabs and
// line breaks) are invisible junk from copy and paste. A lone UTF-16 surrogate
// has no UTF-8 form: Postgres refuses it inside JSON.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as Postgres can store it: without NUL, control characters or lone surrogates. */
export const cleanText = (value: string): string => value.replace(CONTROLS, "").replace(LONE_SURROGATES, "");

// Spaces, separators, format characters (zero-width space, joiners, BOM), marks with nothing to
// mark, and the blank letters (Hangul fillers, the blank Braille pattern) show nothing on screen.
const VISIBLE = /[^\s\p{Z}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Whether text shows anything when rendered: a reason of zero-width spaces is no reason. */
export const hasVisibleText = (value: string): boolean => VISIBLE.test(value);

// Readout's ids are cuids; letters, digits, "-" and "_" leave room for others.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A record id, or null for text that cannot name a record. */
export function parseId(raw: unknown): string | null {
  return typeof raw === "string" && ID.test(raw) ? raw : null;
}

/** The largest Postgres `integer`. */
export const MAX_INT = 2_147_483_647;

/** A whole number written as plain digits ("12"; not "1e1", "+12", "12.0"), from `min` to `max`. */
export function parseWholeNumber(raw: unknown, min = 0, max = MAX_INT): number | null {
  if (typeof raw !== "string" || !/^\d{1,10}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= Math.min(max, MAX_INT) ? value : null;
}

/** A number already read (a route's version, say) that Postgres' `integer` can hold, from `min`. */
export const isStorableInt = (value: number, min = 0): boolean => Number.isInteger(value) && value >= min && value <= MAX_INT;

/**
 * A calendar day "YYYY-MM-DD" that exists, from year 0001 to 9999; null for
 * 2026-02-30 or 2026-11-31 (which Date would roll into the next month) and
 * year 0000 (which Postgres refuses).
 */
export function parseDay(raw: unknown): string | null {
  const match = typeof raw === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? (raw as string) : null;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * A date and time as ISO UTC. "2026-10-14T09:00" (a datetime-local field,
 * no zone) is read as UTC (docs/decisions/0005-times-in-utc.md); a zone may be
 * given. Refuses days and times that do not exist and anything outside years 0001 to 9999.
 */
export function parseDateTime(raw: string): string | null {
  const match = DATE_TIME.exec(raw);
  if (!match || !parseDay(match[1]) || Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[4] ?? 0) > 59) return null;
  const time = Date.parse(match[5] ? raw : `${raw}Z`);
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  return /^\d{4}-/.test(iso) && !iso.startsWith("0000") ? iso : null;
}

/** The instants a range of whole days covers, for a `where` on a timestamp; either end may be open. */
export function dayRange(from?: string, to?: string): { gte?: Date; lte?: Date } {
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00.000Z`) } : {}),
    ...(to ? { lte: new Date(`${to}T23:59:59.999Z`) } : {}),
  };
}

/**
 * An amount of money: plain digits with at most one decimal point ("1234.5"),
 * or digits grouped in threes by commas ("1,234.50"). Returns it without the
 * commas; null for "1,2,3,4", "1.2.3", "1e3", "-5", ".5". No locale: a comma only groups thousands.
 */
export function parseAmount(raw: string): string | null {
  if (raw.length > 40) return null;
  const match = /^(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?$/.exec(raw);
  return match ? match[1]!.replaceAll(",", "") + (match[2] ?? "") : null;
}

export type QueryValues = Record<string, string | string[] | undefined>;

/** One query-string value: the first if repeated, cleaned and trimmed; undefined when empty. */
export function queryValue(raw: QueryValues, key: string): string | undefined {
  const value = raw[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : cleanText(first).trim() || undefined;
}
