import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLISHED_REVISION, READABLE_MEETING } from "@/lib/readouts/published";
import { authorize } from "@/lib/dal/authorize";
import { REVISION_ITEMS, type RevisionWithItems } from "@/lib/meetings/revision-items";
import { PAGE_SIZE } from "@/lib/pagination";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { searchPublished } from "@/lib/readouts/search";
import { dayRange, isStorableInt, parseId } from "@/lib/validation/parse";

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



export function filterWhere(query: ReadoutQuery): Prisma.RevisionWhereInput {
  return {
    ...PUBLISHED_REVISION,
    ...(query.from || query.to ? { startsAt: dayRange(query.from, query.to) } : {}),
    ...(query.series ? { series: { equals: query.series, mode: "insensitive" } } : {}),
    ...(query.participant ? { participants: { some: { name: { equals: query.participant, mode: "insensitive" } } } } : {}),
    ...(query.topic ? { discussions: { some: { topic: query.topic } } } : {}),
    ...(query.kind || query.status
      ? { commitments: { some: { ...(query.kind ? { kind: query.kind } : {}), ...(query.status ? statusWhere(query.status) : {}) } } }
      : {}),
  };
}

// Progress is recorded as approved events on a commitment's pledge (decision
// 0015); the status a commitment was recorded with only counts without one.
const PLEDGE_STATUS = {
  pledged: { status: "open", allocatedAmount: 0, allocatedQuantity: 0 },
  allocated: { status: { in: ["open", "partly_delivered"] }, OR: [{ allocatedAmount: { gt: 0 } }, { allocatedQuantity: { gt: 0 } }] },
  delivered: { status: "delivered" },
  cancelled: { status: "cancelled" },
} satisfies Record<NonNullable<ReadoutQuery["status"]>, Prisma.PledgeWhereInput>;

function statusWhere(status: NonNullable<ReadoutQuery["status"]>): Prisma.CommitmentWhereInput {
  return { OR: [{ pledgeId: null, status }, { pledge: { is: PLEDGE_STATUS[status] } }] };
}

const LIST_SELECT = {
  id: true,
  meetingId: true,
  title: true,
  series: true,
  startsAt: true,
  timeZone: true,
  hasTime: true,
  location: true,
  publishedFor: { select: { publishedAt: true } },
} as const;

/** Published readouts matching the filters and search, newest first or best match first. */
export async function listReadouts(query: ReadoutQuery): Promise<{ items: ReadoutListItem[]; total: number; notices: string[] }> {
  await authorize("read:readout");
  const where = filterWhere(query);
  const skip = (query.page - 1) * PAGE_SIZE;

  if (!query.q) {
    const [total, rows] = await Promise.all([
      db().revision.count({ where }),
      db().revision.findMany({ where, orderBy: [{ startsAt: "desc" }, { id: "asc" }], skip, take: PAGE_SIZE, select: LIST_SELECT }),
    ]);
    return { items: rows.map(toItem), total, notices: [] };
  }

  const search = await searchPublished(query.q);
  const allowed = await db().revision.findMany({ where: { ...where, id: { in: search.ids } }, select: { id: true } });
  const allowedIds = new Set(allowed.map((r) => r.id));
  const ranked = search.ids.filter((id) => allowedIds.has(id));
  const pageIds = ranked.slice(skip, skip + PAGE_SIZE);
  const [rows, highlights] = await Promise.all([
    db().revision.findMany({ where: { id: { in: pageIds } }, select: LIST_SELECT }),
    search.highlight(pageIds),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...toItem(row), snippet: highlights.get(id)?.snippet, titleHighlight: highlights.get(id)?.title }] : [];
  });
  return { items, total: ranked.length, notices: search.notices };
}

function toItem(r: { id: string; meetingId: string; title: string; series: string; startsAt: Date; timeZone: string; hasTime: boolean; location: string; publishedFor: { publishedAt: Date | null } | null }): ReadoutListItem {
  return {
    meetingId: r.meetingId,
    revisionId: r.id,
    title: r.title,
    series: r.series,
    startsAt: r.startsAt,
    timeZone: r.timeZone,
    hasTime: r.hasTime,
    location: r.location,
    publishedAt: r.publishedFor?.publishedAt ?? null,
  };
}

/** Values for the filter menus, drawn from published readouts only. */
export async function listReadoutFilterOptions() {
  await authorize("read:readout");
  const [series, participants] = await Promise.all([
    db().revision.findMany({ where: PUBLISHED_REVISION, distinct: ["series"], select: { series: true }, orderBy: { series: "asc" } }),
    db().participant.findMany({ where: { revision: PUBLISHED_REVISION }, distinct: ["name"], select: { name: true }, orderBy: { name: "asc" }, take: 500 }),
  ]);
  return { series: series.map((s) => s.series), participants: participants.map((p) => p.name) };
}


// Revisions never change once written, so a copy keyed by revision id is never
// stale and every app instance may keep its own; losing it costs one query.
const revisionCache = new LRUCache<string, RevisionWithItems>({ max: 200 });

async function revisionById(id: string): Promise<RevisionWithItems | null> {
  const cached = revisionCache.get(id);
  if (cached) return cached;
  const revision = await db().revision.findUnique({ where: { id }, include: REVISION_ITEMS });
  if (revision) revisionCache.set(id, revision);
  return revision;
}

/**
 * What a reader may see of a meeting: the published revision, or null.
 * Drafts, revisions in review and archived records are never returned.
 */
export async function getReadout(meetingId: string) {
  await authorize("read:readout");
  if (!parseId(meetingId)) return null;
  const meeting = await db().meeting.findUnique({
    where: { id: meetingId },
    select: { id: true, status: true, publishedAt: true, publishedRevisionId: true },
  });
  if (!meeting?.publishedRevisionId || meeting.status === "archived") return null;
  const revision = await revisionById(meeting.publishedRevisionId);
  if (!revision) return null;
  return { meetingId: meeting.id, publishedAt: meeting.publishedAt, revision, isLatest: true };
}

/**
 * A version that was published at some point (a reviewer approved it), for
 * permanent links. Never a version that was only drafted or reviewed.
 */
export async function getPublishedVersion(meetingId: string, number: number) {
  await authorize("read:readout");
  if (!parseId(meetingId) || !isStorableInt(number, 1)) return null;
  const found = await db().revision.findFirst({
    where: { meetingId, number, reviews: { some: { decision: "approved" } }, meeting: { status: { not: "archived" } } },
    select: { id: true, meeting: { select: { publishedRevisionId: true } }, reviews: { where: { decision: "approved" }, select: { createdAt: true }, take: 1 } },
  });
  if (!found) return null;
  const revision = await revisionById(found.id);
  if (!revision) return null;
  return { meetingId, publishedAt: found.reviews[0]?.createdAt ?? null, revision, isLatest: found.meeting.publishedRevisionId === found.id };
}

/** The numbers of every version of a meeting that was ever published, newest first. */
export async function listPublishedVersions(meetingId: string) {
  await authorize("read:readout");
  if (!parseId(meetingId)) return [];
  const rows = await db().revision.findMany({
    where: { meetingId, reviews: { some: { decision: "approved" } }, meeting: { status: { not: "archived" } } },
    orderBy: { number: "desc" },
    select: { number: true, reviews: { where: { decision: "approved" }, select: { createdAt: true }, take: 1 } },
  });
  return rows.map((r) => ({ number: r.number, approvedAt: r.reviews[0]?.createdAt ?? null }));
}

/** The most recently published readouts, for the feed. */
export async function listRecentlyPublished(limit = 50) {
  await authorize("read:readout");
  return db().meeting.findMany({
    where: READABLE_MEETING,
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { id: true, publishedAt: true, publishedRevision: { select: { number: true, title: true, series: true, summary: true, startsAt: true, endsAt: true, timeZone: true, hasTime: true } } },
  });
}
