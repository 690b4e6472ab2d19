import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { JOIN_PUBLISHED_MEETING, PUBLISHED_VERSION, PUBLISHED_VERSION_OF_READABLE_MEETING_SQL, READABLE_MEETING, READABLE_MEETING_SQL } from "@/lib/readouts/published";
import { authorizeReader } from "@/lib/dal/authorize";
import { REVISION_ITEMS, type RevisionWithItems } from "@/lib/meetings/revision-items";
import { PAGE_SIZE } from "@/lib/pagination";
import { queryParams, type ReadoutQuery } from "@/lib/readouts/query";
import { readoutFilterSql } from "@/lib/readouts/filter-sql";
import { highlightSql, searchPublished } from "@/lib/readouts/search";
import { isStorableInt, parseId } from "@/lib/validation/parse";

export type ReadoutListItem = {
  meetingId: string;
  revisionId: string;
  title: string;
  series: string;
  startsAt: Date;
  timeZone: string;
  hasTime: boolean;
  location: string;
  publishedAt: Date | null;
  snippet?: string;
  titleHighlight?: string;
};

/** Published readouts matching the filters and search, newest first or best match first: one page, counted in SQL. */
export async function listReadouts(query: ReadoutQuery): Promise<{ items: ReadoutListItem[]; total: number; notices: string[] }> {
  await authorizeReader();
  const filter = readoutFilterSql(query);
  const page = { offset: (query.page - 1) * PAGE_SIZE, limit: PAGE_SIZE };

  if (!query.q) {
    const filtered = Object.keys(queryParams(query)).length > 0;
    // The readouts readers may see, kept in the list's order (decision 0032): a page and the count read its index.
    const listed = filtered
      ? Prisma.sql`SELECT pr."revisionId", pr."startsAt" FROM "PublishedReadout" pr JOIN "Revision" r ON r.id = pr."revisionId" WHERE ${filter}`
      : Prisma.sql`SELECT pr."revisionId", pr."startsAt" FROM "PublishedReadout" pr`;
    const [total, rows] = await Promise.all([
      db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${listed}) listed`.then(([row]) => row?.total ?? 0),
      db().$queryRaw<ListRow[]>`
        SELECT ${LIST_COLUMNS}
        FROM (${listed} ORDER BY pr."startsAt" DESC, pr."revisionId" OFFSET ${page.offset} LIMIT ${page.limit}) page
        JOIN "Revision" r ON r.id = page."revisionId" ${JOIN_PUBLISHED_MEETING}
        ORDER BY page."startsAt" DESC, page."revisionId"`,
    ]);
    return { items: rows.map(toItem), total, notices: [] };
  }

  const search = await searchPublished(query.q, page, filter);
  const rows = search.ids.length
    ? await db().$queryRaw<(ListRow & { titleHighlight: string; snippet: string })[]>`
        SELECT ${LIST_COLUMNS}, highlight.title AS "titleHighlight", highlight.snippet
        FROM "Revision" r ${JOIN_PUBLISHED_MEETING} CROSS JOIN ${highlightSql(search.words)} AS highlight
        WHERE r.id = ANY(${search.ids})`
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = search.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...toItem(row), snippet: row.snippet, titleHighlight: row.titleHighlight }] : [];
  });
  return { items, total: search.total, notices: search.notices };
}

const LIST_COLUMNS = Prisma.sql`r.id, r."meetingId", r.title, r.series, r."startsAt", r."timeZone", r."hasTime", r.location, m."publishedAt"`;
type ListRow = { id: string; meetingId: string; title: string; series: string; startsAt: Date; timeZone: string; hasTime: boolean; location: string; publishedAt: Date | null };

function toItem(r: ListRow): ReadoutListItem {
  return { meetingId: r.meetingId, revisionId: r.id, title: r.title, series: r.series, startsAt: r.startsAt, timeZone: r.timeZone, hasTime: r.hasTime, location: r.location, publishedAt: r.publishedAt };
}

/** Most values a filter menu offers. */
export const MENU_LIMIT = 500;

/**
 * Values for the filter menus, drawn from the readouts readers may see: the
 * rows kept in "ReadoutMenuValue" when a readout is published, superseded,
 * archived, retracted or restored (decision 0032), one short read. A menu
 * with more than MENU_LIMIT values offers those that name the most readouts.
 */
export async function listReadoutFilterOptions() {
  await authorizeReader();
  const rows = await db().$queryRaw<{ menu: "series" | "participant"; value: string }[]>`
    SELECT menu, value FROM (
      (SELECT menu, value, readouts FROM "ReadoutMenuValue" WHERE menu = 'series' ORDER BY readouts DESC, value LIMIT ${MENU_LIMIT})
      UNION ALL
      (SELECT menu, value, readouts FROM "ReadoutMenuValue" WHERE menu = 'participant' ORDER BY readouts DESC, value LIMIT ${MENU_LIMIT})
    ) offered
    ORDER BY menu, value`;
  const values = (menu: string) => rows.filter((r) => r.menu === menu).map((r) => r.value);
  return { series: values("series"), participants: values("participant") };
}

// What a revision says never changes once written, so a copy keyed by revision id is never
// stale and every app instance may keep its own; losing it costs one query.
const revisionCache = new LRUCache<string, RevisionWithItems>({ max: 200 });

async function revisionById(id: string): Promise<RevisionWithItems | null> {
  const cached = revisionCache.get(id);
  if (cached) return cached;
  const revision = await db().revision.findUnique({ where: { id }, include: REVISION_ITEMS });
  if (revision) revisionCache.set(id, revision);
  return revision;
}

/** When readers first saw a readout and, after a correction, when it was last updated. */
function publicationDates(meeting: { firstPublishedAt: Date | null; publishedAt: Date | null }) {
  const { firstPublishedAt, publishedAt } = meeting;
  const updatedAt = publishedAt && firstPublishedAt && publishedAt > firstPublishedAt ? publishedAt : null;
  return { firstPublishedAt: firstPublishedAt ?? publishedAt, updatedAt };
}

/**
 * What a reader may see of a meeting: the published revision, or null.
 * Drafts, revisions in review, archived and retracted records are never returned.
 */
export async function getReadout(meetingId: string) {
  await authorizeReader();
  if (!parseId(meetingId)) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, ...READABLE_MEETING },
    select: { id: true, publishedAt: true, firstPublishedAt: true, publishedRevisionId: true },
  });
  if (!meeting?.publishedRevisionId) return null;
  const revision = await revisionById(meeting.publishedRevisionId);
  if (!revision) return null;
  return { meetingId: meeting.id, publishedAt: meeting.publishedAt, ...publicationDates(meeting), revision, isLatest: true };
}

/**
 * A version that was published at some point (a reviewer approved it), for
 * permanent links. Never a version that was only drafted or reviewed, nor a retracted one.
 */
export async function getPublishedVersion(meetingId: string, number: number) {
  await authorizeReader();
  if (!parseId(meetingId) || !isStorableInt(number, 1)) return null;
  const found = await db().revision.findFirst({
    where: { meetingId, number, ...PUBLISHED_VERSION },
    select: { id: true, publishedAt: true, meeting: { select: { publishedRevisionId: true, firstPublishedAt: true, publishedAt: true } } },
  });
  if (!found) return null;
  const revision = await revisionById(found.id);
  if (!revision) return null;
  return {
    meetingId,
    publishedAt: found.publishedAt,
    ...publicationDates(found.meeting),
    revision,
    isLatest: found.meeting.publishedRevisionId === found.id,
  };
}

/** Every version of a meeting readers may open, newest first, with when it was published and the note saying what it corrected. */
export async function listPublishedVersions(meetingId: string) {
  await authorizeReader();
  if (!parseId(meetingId)) return [];
  const rows = await db().revision.findMany({
    where: { meetingId, ...PUBLISHED_VERSION },
    orderBy: { number: "desc" },
    select: { number: true, publishedAt: true, correctionNote: true },
  });
  return rows.map((r) => ({ number: r.number, approvedAt: r.publishedAt, note: r.correctionNote }));
}

type ReadableMeetingRow = {
  id: string;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
  publishedRevisionId: string;
  versions: { number: number; approvedAt: number | null; note: string }[];
};

/**
 * getReadout and listPublishedVersions together, as one fixed SQL statement:
 * the same rows by the same rule, without Prisma preparing two queries per view.
 */
export async function getReadoutWithVersions(meetingId: string) {
  await authorizeReader();
  if (!parseId(meetingId)) return null;
  const [meeting] = await db().$queryRaw<ReadableMeetingRow[]>`
    SELECT m.id, m."publishedAt", m."firstPublishedAt", m."publishedRevisionId",
      COALESCE((
        SELECT json_agg(json_build_object(
          'number', r.number, 'approvedAt', (extract(epoch FROM r."publishedAt") * 1000)::float8, 'note', r."correctionNote"
        ) ORDER BY r.number DESC)
        FROM "Revision" r WHERE ${PUBLISHED_VERSION_OF_READABLE_MEETING_SQL}
      ), '[]'::json) AS versions
    FROM "Meeting" m
    WHERE m.id = ${meetingId} AND ${READABLE_MEETING_SQL}`;
  if (!meeting) return null;
  const revision = await revisionById(meeting.publishedRevisionId);
  if (!revision) return null;
  const versions = meeting.versions.map((v) => ({ number: v.number, approvedAt: v.approvedAt === null ? null : new Date(v.approvedAt), note: v.note }));
  return { readout: { meetingId: meeting.id, publishedAt: meeting.publishedAt, ...publicationDates(meeting), revision, isLatest: true }, versions };
}
