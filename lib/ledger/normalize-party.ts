/**
 * How a party's name is compared: the same text in TypeScript (matching typed
 * names) and in SQL (`party_normalize`, written by lib/cli/ledger-data-sql.ts
 * from these constants), so "the U.K.", "UK" and "uk" meet in one alias.
 */

/** Combining marks left behind by NFKD ("ô" → "o" + U+0302). */
export const COMBINING_MARKS = "\u0300-\u036f";
/** Dashes and slashes separate words: "Guinea-Bissau" = "Guinea Bissau". */
export const SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2015/\\\\_";
/** Other punctuation is dropped: "U.S." = "US", "Côte d'Ivoire" = "Cote dIvoire". */
export const DROPPED = ".,'\u2018\u2019\u201b\"\u201c\u201d\u201e()\\[\\]{}!?\u00bf\u00a1:;*#+~^|`@$%<>=\u00b7\u2022";

const marks = new RegExp(`[${COMBINING_MARKS}]`, "g");
const separators = new RegExp(`[${SEPARATORS}]`, "g");
const dropped = new RegExp(`[${DROPPED}]`, "g");

/** Lower case, accents and punctuation removed, spaces collapsed, no leading "the". */
export function normalizePartyName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(marks, "")
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(separators, " ")
    .replace(dropped, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}
