import { parseWholeNumber } from "@/lib/validation/parse";

export const PAGE_SIZE = 20;

/** A page number from the query string: anything odd becomes page 1. */
export function parsePage(raw: string | string[] | undefined): number {
  return parseWholeNumber(Array.isArray(raw) ? raw[0] : raw, 1, 100_000) ?? 1;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
