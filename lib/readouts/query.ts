import { COMMITMENT_KINDS, COMMITMENT_STATUSES, TOPICS } from "@/lib/validation/meeting";
import { humanize } from "@/lib/format";
import { parsePage } from "@/lib/pagination";
import { parseDay, queryValue, type QueryValues } from "@/lib/validation/parse";

export const MAX_SEARCH_LENGTH = 300;

export type ReadoutQuery = {
  q?: string;
  from?: string;
  to?: string;
  series?: string;
  participant?: string;
  topic?: (typeof TOPICS)[number];
  kind?: (typeof COMMITMENT_KINDS)[number];
  status?: (typeof COMMITMENT_STATUSES)[number];
  page: number;
};

/**
 * Reads the published-list query string. Nothing here fails: a value that
 * cannot be used is dropped and explained in `notices`.
 */
export function parseReadoutQuery(raw: QueryValues): { query: ReadoutQuery; notices: string[] } {
  const notices: string[] = [];
  const one = (key: string) => queryValue(raw, key);
  const query: ReadoutQuery = { page: parsePage(raw.page) };

  const q = one("q");
  if (q) {
    const words = shortened(q);
    if (words) query.q = words;
    if (q.length > MAX_SEARCH_LENGTH) notices.push(`The search was shortened to its words within the first ${MAX_SEARCH_LENGTH} characters.`);
  }
  for (const key of ["from", "to"] as const) {
    const value = one(key);
    if (!value) continue;
    const day = parseDay(value);
    if (day) query[key] = day;
    else notices.push(`“${value.slice(0, 40)}” is not a date that exists (YYYY-MM-DD); that filter was ignored.`);
  }
  if (query.from && query.to && query.from > query.to) {
    notices.push("The start of the date range was after its end; the two were swapped.");
    [query.from, query.to] = [query.to, query.from];
  }
  const series = one("series");
  if (series) query.series = series.slice(0, 120);
  const participant = one("participant");
  if (participant) query.participant = participant.slice(0, 200);

  const pickEnum = <T extends string>(key: string, options: readonly T[], noun: string): T | undefined => {
    const value = one(key);
    if (!value) return undefined;
    if ((options as readonly string[]).includes(value)) return value as T;
    notices.push(`Unknown ${noun} “${value.slice(0, 40)}” was ignored. Choose one of: ${options.map(humanize).join(", ")}.`);
    return undefined;
  };
  query.topic = pickEnum("topic", TOPICS, "topic");
  query.kind = pickEnum("kind", COMMITMENT_KINDS, "commitment kind");
  query.status = pickEnum("status", COMMITMENT_STATUSES, "commitment status");
  for (const key of Object.keys(query) as (keyof ReadoutQuery)[]) if (query[key] === undefined) delete query[key];
  return { query, notices };
}

/** At most MAX_SEARCH_LENGTH characters, cut between words (half a word would match nothing); "" if the first word alone is longer. */
function shortened(q: string): string {
  if (q.length <= MAX_SEARCH_LENGTH) return q;
  const cut = q.slice(0, MAX_SEARCH_LENGTH);
  if (/\s/.test(q[MAX_SEARCH_LENGTH]!)) return cut.trimEnd();
  return cut.replace(/\S*$/, "").trimEnd();
}

/** The query back as URL parameters (without the page); unset filters are left out. */
export function queryParams(query: ReadoutQuery): Record<string, string> {
  const { page: _page, ...rest } = query;
  return Object.fromEntries(Object.entries(rest).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
