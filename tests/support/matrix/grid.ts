import type { Role } from "@/lib/auth/roles";
import type { AppErrorCode } from "@/lib/errors";

/** What a cell of a matrix table says: allowed, or refused with this code. */
export const RESULTS = {
  ok: null,
  auth: "unauthenticated",
  deny: "forbidden",
  gone: "not_found",
  state: "invalid_state",
  bad: "invalid_input",
} as const satisfies Record<string, AppErrorCode | null>;
export type Result = keyof typeof RESULTS;

export type Who = "signed_out" | Role;
export const EVERYONE: Who[] = ["signed_out", "viewer", "editor", "reviewer", "admin"];
/** The meeting states a table's columns name (each a working copy and a publication: support/matrix/fixtures.ts). */
export const STATES = ["draft", "changes_requested", "in_review", "published", "archived", "retracted"] as const;
export type FixtureState = (typeof STATES)[number];

/** One line of a table: who calls (a variant such as "own" after a colon), in which state, and what must happen. */
export type Row = { who: Who; variant?: string; state?: FixtureState; expect: Result };

/**
 * Reads a table written out by hand: a header naming the meeting states (or
 * `any` when the state does not matter), then one line per caller. Every
 * caller in EVERYONE must have a line, so no role can be left out; `-`
 * leaves a cell out (a variant that only matters in some states).
 *
 *     who          draft  in_review
 *     signed_out   auth   auth
 *     admin:own    state  deny
 */
export function grid(strings: TemplateStringsArray): Row[] {
  const [header, ...lines] = strings.join("").trim().split("\n").map((line) => line.trim().split(/\s+/));
  const columns = header!.slice(1).map((name) => {
    if (name === "any") return undefined;
    if (!(STATES as readonly string[]).includes(name)) throw new Error(`Unknown state "${name}" in a matrix header.`);
    return name as FixtureState;
  });
  if (header![0] !== "who" || columns.length === 0) throw new Error("A matrix table starts with: who <states or any>");
  const rows = lines.flatMap(([caller, ...cells]) => {
    const [who, variant] = caller!.split(":") as [Who, string | undefined];
    if (!EVERYONE.includes(who)) throw new Error(`Unknown caller "${caller}" in a matrix table.`);
    if (cells.length !== columns.length) throw new Error(`Line "${caller}" has ${cells.length} cells for ${columns.length} columns.`);
    return cells.flatMap((cell, i): Row[] => {
      if (cell === "-") return [];
      if (!(cell in RESULTS)) throw new Error(`Unknown result "${cell}" for "${caller}".`);
      return [{ who, ...(variant ? { variant } : {}), state: columns[i], expect: cell as Result }];
    });
  });
  const missing = EVERYONE.filter((who) => !rows.some((r) => r.who === who && !r.variant));
  if (missing.length) throw new Error(`A matrix table has no line for ${missing.join(", ")}.`);
  return rows;
}
