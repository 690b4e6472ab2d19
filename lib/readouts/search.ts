import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { JOIN_PUBLISHED_MEETING } from "@/lib/readouts/published";

export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

/**
 * How many matches are ranked by relevance: the newest this many. A common
 * word matches most readouts, and ranking reads each one's whole search
 * vector (~10 KB), so beyond these the rest follow newest first (decision 0020).
 */
export const RANKED_MATCHES = 200;
/** A search shows at most this many matches; more are counted as "more than". */
export const MAX_MATCHES = 1000;
/** Trigram similarity at which a title or name word replaces a searched word that matched nothing (decision 0033). */
export const CORRECTION_SIMILARITY = 0.4;
/** Searched words that are corrected at most; the rest are kept as typed. */
export const CORRECTED_WORDS = 10;
/** Characters of a readout's text that its snippet is chosen from, around the first match. */
export const SNIPPET_WINDOW = 480;
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

/** One page of matches, best first; `words` is what they match (the search as typed, or as corrected). */
export type SearchPage = { ids: string[]; total: number; notices: string[]; words: string };
type Page = { offset: number; limit: number };

/**
 * Full-text search over published revisions with Postgres' own search:
 * web-search syntax ("quoted phrases", -excluded, or), ranked. When plain
 * words find nothing, each is replaced by the most similar word of a title or
 * participant name (typos), and the search runs once more with those.
 * Both read only the revision a meeting publishes, and never an archived one.
 * `filter` is a further condition on the revision alias `r`. Returns one page
 * of ids, best first, and the number of all matches.
 */
export async function searchPublished(
  q: string,
  page: Page = { offset: 0, limit: MAX_MATCHES },
  filter: Prisma.Sql = Prisma.sql`TRUE`,
  { correct = true }: { correct?: boolean } = {},
): Promise<SearchPage> {
  // A phrase, an exclusion or "or" asks for exactness: never corrected; nor a download, which has no page to say so.
  const plainWords = correct && !/["]|(^|\s)-\S|\sor\s/i.test(q);
  const found = await wordMatches(q, page, filter, plainWords);
  if (found.nodes === 0) {
    return { ids: [], total: 0, words: q, notices: ["Your search has only very common words (like “the” or “and”), which are not searched. Add a more specific word."] };
  }
  if (found.total === 0 && found.corrected && found.corrected !== q.toLowerCase().trim()) {
    const corrected = await wordMatches(found.corrected, page, filter, false);
    if (corrected.total > 0) {
      return result(corrected, found.corrected, [`No readout matches “${q}”; showing readouts that match “${found.corrected}”.`]);
    }
  }
  return result(found, q, []);
}

function result(found: { ids: string[]; total: number }, words: string, notices: string[]): SearchPage {
  if (found.total <= MAX_MATCHES) return { ids: found.ids, total: found.total, words, notices };
  const most = MAX_MATCHES.toLocaleString("en");
  return { ids: found.ids, total: MAX_MATCHES, words, notices: [...notices, `More than ${most} readouts match; the best ${most} are shown. Add words or filters to narrow the search.`] };
}

type WordMatches = { nodes: number; total: number; ids: string[]; corrected: string | null };

/**
 * One statement: the matches counted up to MAX_MATCHES + 1 (past that, a
 * count costs as much as the search), the page, and, when plain words match
 * nothing, the words corrected. The page ranks the newest RANKED_MATCHES
 * matches by relevance, then the rest newest first, so only those have their
 * vectors read. Matching and counting read the GIN index only.
 */
async function wordMatches(q: string, page: Page, filter: Prisma.Sql, correct: boolean): Promise<WordMatches> {
  const limit = Math.max(0, Math.min(page.limit, MAX_MATCHES - page.offset));
  const newest = Math.min(MAX_MATCHES, Math.max(RANKED_MATCHES, page.offset + page.limit));
  const matching = Prisma.sql`FROM "Revision" r ${JOIN_PUBLISHED_MEETING}
    WHERE r."searchVector" @@ websearch_to_tsquery('english', ${q}) AND ${filter}`;
  const [, [row]] = await db().$transaction([
    // The planner does not count reading a ~10 KB vector when it tests one,
    // and would scan and test every vector of a common word; the GIN index
    // reads none. The similarity threshold is the one the trigram index uses.
    db().$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('pg_trgm.similarity_threshold', ${String(CORRECTION_SIMILARITY)}, true)`,
    db().$queryRaw<{ nodes: number; total: number; ids: string[]; corrected: string | null }[]>`
      WITH counted AS (
        SELECT count(*)::int AS total FROM (SELECT 1 ${matching} LIMIT ${MAX_MATCHES + 1}) AS found
      ),
      newest AS (
        SELECT r.id, r."startsAt", row_number() OVER (ORDER BY r."startsAt" DESC, r.id) AS recency
        ${matching}
        ORDER BY r."startsAt" DESC, r.id
        LIMIT ${newest}
      ),
      ranked AS (
        SELECT newest.id, row_number() OVER (ORDER BY newest.recency > ${RANKED_MATCHES},
          CASE WHEN newest.recency <= ${RANKED_MATCHES} THEN ts_rank_cd(r."searchVector", websearch_to_tsquery('english', ${q})) END DESC NULLS LAST,
          newest."startsAt" DESC, newest.id) AS place
        FROM newest JOIN "Revision" r ON r.id = newest.id
      ),
      correction AS (
        SELECT string_agg(coalesce(similar_term.term, typed.word), ' ' ORDER BY typed.place) AS words
        FROM regexp_split_to_table(lower(${q}), '[^[:alnum:]]+') WITH ORDINALITY AS typed(word, place)
        LEFT JOIN LATERAL (
          SELECT t.term FROM "SearchTerm" t
          WHERE typed.place <= ${CORRECTED_WORDS} AND length(typed.word) >= 3 AND t.term % typed.word
            AND numnode(plainto_tsquery('english', typed.word)) > 0
          ORDER BY similarity(t.term, typed.word) DESC, t.term
          LIMIT 1
        ) AS similar_term ON TRUE
        WHERE typed.word <> '' AND ${correct} AND (SELECT total FROM counted) = 0
      )
      SELECT numnode(websearch_to_tsquery('english', ${q}))::int AS nodes, counted.total,
        ARRAY(SELECT id FROM ranked WHERE place > ${page.offset} ORDER BY place LIMIT ${limit}) AS ids,
        (SELECT words FROM correction) AS corrected
      FROM counted`,
  ]);
  return { nodes: row?.nodes ?? 0, total: row?.total ?? 0, ids: row?.ids ?? [], corrected: row?.corrected ?? null };
}

/**
 * A lateral subquery giving the highlighted `title` and `snippet` of revision
 * `r` for the words searched, matching words between the marks. The snippet
 * is chosen from SNIPPET_WINDOW characters around the first match of a
 * searched word or its stem, so Postgres parses a few hundred characters per
 * readout instead of its whole text (~7 KB).
 */
export function highlightSql(words: string): Prisma.Sql {
  return Prisma.sql`LATERAL (
    WITH query AS (
      SELECT websearch_to_tsquery('english', ${words}) AS tsq,
        ARRAY(
          SELECT DISTINCT term FROM (
            SELECT (regexp_matches(websearch_to_tsquery('english', ${words})::text, '''((?:[^'']|'''')+)''', 'g'))[1] AS term
            UNION ALL SELECT regexp_split_to_table(lower(${words}), '[^[:alnum:]]+')
          ) AS terms
          WHERE length(term) >= 2
        ) AS terms
    ),
    body AS (
      SELECT text, lower(text) AS lowered FROM concat_ws(' … ',
        r.summary,
        (SELECT string_agg(d.title || ': ' || d.notes || ' ' || d.outcome, ' … ' ORDER BY d.position) FROM "Discussion" d WHERE d."revisionId" = r.id),
        (SELECT string_agg(c.party || ': ' || c.description, ' … ' ORDER BY c.position) FROM "Commitment" c WHERE c."revisionId" = r.id),
        r.implications) AS text
    ),
    -- Where a searched word or its stem first starts a word (else anywhere, else the start); no regular expressions, which cost more than the headline.
    first_match AS (
      SELECT greatest(coalesce(min(nullif(strpos(' ' || body.lowered, ' ' || term), 0)), min(nullif(strpos(body.lowered, term), 0)), 1) - ${SNIPPET_WINDOW / 4}, 1) AS start
      FROM body, query, unnest(query.terms) AS term
    ),
    window_text AS (
      SELECT substr(body.text, first_match.start, ${SNIPPET_WINDOW}) AS text, first_match.start > 1 AS cut_start,
        first_match.start + ${SNIPPET_WINDOW} <= length(body.text) AS cut_end
      FROM body, first_match
    ),
    -- Without the words the window cuts in two.
    around AS (
      SELECT CASE WHEN cut_end THEN left(text, length(text) - strpos(reverse(text), ' ')) ELSE text END AS text
      FROM (SELECT CASE WHEN cut_start THEN substr(text, strpos(text, ' ') + 1) ELSE text END AS text, cut_end FROM window_text) AS started
    )
    SELECT ts_headline('english', r.title, query.tsq, ${TITLE_HEADLINE}) AS title,
      ts_headline('english', around.text, query.tsq, ${HEADLINE}) AS snippet
    FROM query, around
  )`;
}
