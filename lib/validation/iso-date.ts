const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day written YYYY-MM-DD, as midnight UTC; null for anything else,
 * including days that do not exist ("2026-02-30" is refused, not rolled over).
 */
export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

/** The day part of a date, in UTC: "2026-11-28". */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Today's date in UTC (docs/decisions/0005-times-in-utc.md), as midnight UTC. */
export function todayUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
