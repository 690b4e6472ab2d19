import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { Prisma } from "@/lib/generated/prisma/client";
import { PAGE_SIZE } from "@/lib/pagination";
import { queryValue, type QueryValues } from "@/lib/validation/parse";

export const QUEUE_SORTS = { oldest: "Waiting longest", newest: "Newest in review", title: "Title" } as const;
export type QueueSort = keyof typeof QUEUE_SORTS;

/** The queue's sort and series filter from the query string; anything odd falls back to the default. */
export function parseQueueQuery(raw: QueryValues): { sort: QueueSort; series?: string } {
  const sort = queryValue(raw, "sort");
  const series = queryValue(raw, "series")?.slice(0, 200);
  return { sort: sort && sort in QUEUE_SORTS ? (sort as QueueSort) : "oldest", ...(series ? { series } : {}) };
}

export type QueueItem = {
  id: string;
  version: number;
  title: string;
  series: string;
  startsAt: Date;
  submittedAt: Date | null;
  editorName: string | null;
  isPublished: boolean;
};

// The version under review is the newest revision; the queue sorts and filters on it.
const FROM = Prisma.sql`FROM "Meeting" m JOIN "Revision" r ON r."meetingId" = m.id AND r.number = m.version`;
const WAITING = Prisma.sql`m."workingCopy" = 'in_review' AND m."discardedAt" IS NULL AND m.publication <> 'archived'`;

const ORDER: Record<QueueSort, Prisma.Sql> = {
  oldest: Prisma.sql`m."submittedAt" ASC NULLS FIRST, m.id ASC`,
  newest: Prisma.sql`m."submittedAt" DESC NULLS LAST, m.id DESC`,
  title: Prisma.sql`lower(r.title) ASC, m.id ASC`,
};

/** One page of the records waiting for review, how many match, how many wait in all, and the series among them. */
export async function listReviewQueue(query: { sort: QueueSort; series?: string }, page: number) {
  await authorize("review:meeting:any");
  const bySeries = query.series ? Prisma.sql`AND r.series = ${query.series}` : Prisma.empty;
  const [items, counts, series] = await Promise.all([
    db().$queryRaw<(Omit<QueueItem, "isPublished"> & { publishedRevisionId: string | null })[]>`
      SELECT m.id, m.version, r.title, r.series, r."startsAt", m."submittedAt", u.name AS "editorName", m."publishedRevisionId"
      ${FROM} LEFT JOIN "User" u ON u.id = r."editorId"
      WHERE ${WAITING} ${bySeries}
      ORDER BY ${ORDER[query.sort]}
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
    db().$queryRaw<{ waiting: number; matching: number }[]>`
      SELECT count(*)::int AS waiting, count(*) FILTER (WHERE ${query.series ? Prisma.sql`r.series = ${query.series}` : Prisma.sql`true`})::int AS matching
      ${FROM} WHERE ${WAITING}`,
    db().$queryRaw<{ series: string }[]>`SELECT DISTINCT r.series ${FROM} WHERE ${WAITING} ORDER BY r.series LIMIT 200`,
  ]);
  return {
    items: items.map(({ publishedRevisionId, ...item }): QueueItem => ({ ...item, isPublished: publishedRevisionId !== null })),
    waiting: counts[0]?.waiting ?? 0,
    matching: counts[0]?.matching ?? 0,
    series: series.map((s) => s.series),
  };
}
