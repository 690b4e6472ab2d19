import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

// For statements that cannot take bind parameters (COPY): a fragment's values
// written into its text as literals, quoted by the driver's escapeLiteral.
// Only the kinds of value the app's filters bind are accepted.

/** A value as a SQL literal: strings quoted by pg's escapeLiteral, dates as their UTC ISO text, string arrays as `ARRAY[…]::text[]`. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date && Number.isFinite(value.getTime())) return pg.escapeLiteral(value.toISOString());
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return `ARRAY[${value.map(sqlLiteral).join(", ")}]::text[]`;
  throw new TypeError(`No SQL literal for ${Object.prototype.toString.call(value)}.`);
}

/** A Prisma.sql fragment as plain SQL text, each bound value written in as a literal. */
export function inlineSql(fragment: Prisma.Sql): string {
  return fragment.strings.reduce((text, part, i) => text + sqlLiteral(fragment.values[i - 1]) + part);
}
