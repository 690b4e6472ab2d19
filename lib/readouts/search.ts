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
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

export type SearchPage = { ids: string[]; total: number; notices: string[] };

/**
 * Full-text search over published revisions with Postgres' own search:
 * web-search syntax ("quoted phrases", -excluded, or), ranked; when the words
 * find nothing, trigram matching on titles and participant names for typos.
 * Both read only the revision a meeting publishes, and never an archived one.
 * `filter` is a further condition on the revision alias `r`. Returns one page
 * of ids, best first, and the number of all matches.
 */
export async function searchPublished(q: string, page = { offset: 0, limit: MAX_MATCHES }, filter: Prisma.Sql = Prisma.sql`TRUE`): Promise<SearchPage> {
  const notices: string[] = [];
  const [count] = await db().$queryRaw<{ nodes: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${q})) AS nodes`;
  if (Number(count?.nodes ?? 0) === 0) notices.push("Your search has only very common words (like “the” or “and”); matching titles and names only.");

  const words = await wordMatches(q, page, filter);
  if (words.total > MAX_MATCHES) {
    notices.push(`More than ${MAX_MATCHES.toLocaleString("en")} readouts match; the best ${MAX_MATCHES.toLocaleString("en")} are shown. Add words or filters to narrow the search.`);
    return { ids: words.ids, total: MAX_MATCHES, notices };
  }
  if (words.total > 0) return { ...words, notices };
  // Typo tolerance, when the words themselves found nothing: similar titles and
  // participant names. Only for plain words; a phrase or exclusion asks for exactness.
  const plainWords = !/["]|(^|\s)-\S|\sor\s/i.test(q);
  if (!plainWords) return { ...words, notices };
  return { ...(await similarMatches(q, page, filter)), notices };
}

async function wordMatches(q: string, page: { offset: number; limit: number }, filter: Prisma.Sql) {
  if (page.offset >= MAX_MATCHES) return { ids: [], total: await countWordMatches(q, filter) };
  // The page: the newest RANKED_MATCHES matches ranked by relevance, then the
  // rest newest first, so only those have their ~10 KB vectors read.
  const [, [count], rows] = await db().$transaction([
    // The planner does not count reading a vector when it checks one, and
    // would scan every vector of a common word; the GIN index needs none.
    db().$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`,
    countSql(q, filter),
    db().$queryRaw<{ id: string }[]>`
      WITH matches AS (
        SELECT r.id, r."startsAt", row_number() OVER (ORDER BY r."startsAt" DESC, r.id) AS recency
        FROM "Revision" r ${JOIN_PUBLISHED_MEETING}
        WHERE r."searchVector" @@ websearch_to_tsquery('english', ${q}) AND ${filter}
        ORDER BY r."startsAt" DESC, r.id
        LIMIT ${Math.max(RANKED_MATCHES, page.offset + page.limit)}
      )
      SELECT matches.id
      FROM matches JOIN "Revision" r ON r.id = matches.id
      ORDER BY matches.recency > ${RANKED_MATCHES},
        CASE WHEN matches.recency <= ${RANKED_MATCHES} THEN ts_rank_cd(r."searchVector", websearch_to_tsquery('english', ${q})) END DESC NULLS LAST,
        matches."startsAt" DESC, matches.id
      OFFSET ${page.offset} LIMIT ${Math.min(page.limit, MAX_MATCHES - page.offset)}`,
  ]);
  return { ids: rows.map((r) => r.id), total: count?.total ?? 0 };
}

// Matches counted up to MAX_MATCHES: past that, a count costs as much as the search.
const countSql = (q: string, filter: Prisma.Sql) => db().$queryRaw<{ total: number }[]>`
  SELECT count(*)::int AS total FROM (
    SELECT 1 FROM "Revision" r ${JOIN_PUBLISHED_MEETING}
    WHERE r."searchVector" @@ websearch_to_tsquery('english', ${q}) AND ${filter}
    LIMIT ${MAX_MATCHES + 1}) AS counted`;

async function countWordMatches(q: string, filter: Prisma.Sql) {
  const [, [count]] = await db().$transaction([db().$queryRaw`SELECT set_config('enable_seqscan', 'off', true)`, countSql(q, filter)]);
  return count?.total ?? 0;
}

async function similarMatches(q: string, page: { offset: number; limit: number }, filter: Prisma.Sql) {
  const [, rows] = await db().$transaction([
    db().$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.55', true)`,
    db().$queryRaw<{ id: string; total: number }[]>`
      SELECT r.id, count(*) OVER ()::int AS total
      FROM (SELECT r.id FROM "Revision" r WHERE ${q} <% r.title UNION SELECT p."revisionId" FROM "Participant" p WHERE p.name % ${q}) AS similar_ids
      JOIN "Revision" r ON r.id = similar_ids.id ${JOIN_PUBLISHED_MEETING}
      WHERE ${filter}
      ORDER BY word_similarity(${q}, r.title) DESC, r."startsAt" DESC, r.id
      OFFSET ${page.offset} LIMIT ${page.limit}`,
  ]);
  return { ids: rows.map((r) => r.id), total: Math.min(rows[0]?.total ?? 0, MAX_MATCHES) };
}

/** Highlighted title and snippet for the given revisions (a page of results), matching words between the marks. */
export async function highlightMatches(q: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { title: string; snippet: string }>();
  const found = await db().$queryRaw<{ id: string; title: string; snippet: string }[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${q}) AS tsq)
    SELECT r.id,
      ts_headline('english', r.title, query.tsq, ${TITLE_HEADLINE}) AS title,
      ts_headline('english', concat_ws(' … ',
        r.summary,
        (SELECT string_agg(d.title || ': ' || d.notes || ' ' || d.outcome, ' … ' ORDER BY d.position) FROM "Discussion" d WHERE d."revisionId" = r.id),
        (SELECT string_agg(c.party || ': ' || c.description, ' … ' ORDER BY c.position) FROM "Commitment" c WHERE c."revisionId" = r.id),
        r.implications), query.tsq, ${HEADLINE}) AS snippet
    FROM "Revision" r CROSS JOIN query
    WHERE r.id = ANY(${ids})`;
  return new Map(found.map((f) => [f.id, { title: f.title, snippet: f.snippet }]));
}
