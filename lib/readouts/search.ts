import "server-only";
import { db } from "@/lib/db";
import { joinPublishedMeeting } from "@/lib/readouts/published";

export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

const MAX_MATCHES = 1000;
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

/**
 * Full-text search over published revisions with Postgres' own search:
 * web-search syntax ("quoted phrases", -excluded, or), ranked; when the words
 * find nothing, trigram matching on titles and participant names for typos.
 * Both read only the revision a meeting publishes, and never an archived one.
 */
export async function searchPublished(q: string) {
  const notices: string[] = [];
  const [count] = await db().$queryRaw<{ nodes: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${q})) AS nodes`;
  if (Number(count?.nodes ?? 0) === 0) notices.push("Your search has only very common words (like “the” or “and”); matching titles and names only.");

  const ranked = (matches: string) => `
      SELECT r.id
      FROM (${matches}) AS matches
      JOIN "Revision" r ON r.id = matches.id
      ${joinPublishedMeeting()}
      CROSS JOIN (SELECT websearch_to_tsquery('english', $1) AS tsq) AS query
      ORDER BY ts_rank_cd(r."searchVector", query.tsq) DESC, word_similarity($1, r.title) DESC, r."startsAt" DESC
      LIMIT ${MAX_MATCHES}`;

  let rows = await db().$queryRawUnsafe<{ id: string }[]>(
    ranked(`SELECT r.id FROM "Revision" r WHERE r."searchVector" @@ websearch_to_tsquery('english', $1)`),
    q,
  );
  // Typo tolerance, when the words themselves found nothing: similar titles and
  // participant names. Only for plain words; a phrase or exclusion asks for exactness.
  const plainWords = !/["]|(^|\s)-\S|\sor\s/i.test(q);
  if (rows.length === 0 && plainWords) {
    [, rows] = await db().$transaction([
      db().$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', '0.55', true)`,
      db().$queryRawUnsafe<{ id: string }[]>(
        ranked(`SELECT r.id FROM "Revision" r WHERE $1 <% r.title UNION SELECT p."revisionId" FROM "Participant" p WHERE p.name % $1`),
        q,
      ),
    ]);
  }

  return {
    ids: rows.map((r) => r.id),
    notices,
    /** Highlighted title and snippet for the given revisions, matching words between the marks. */
    highlight: async (ids: string[]) => {
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
    },
  };
}
