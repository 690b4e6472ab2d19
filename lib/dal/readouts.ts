import "server-only";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { PAGE_SIZE } from "@/lib/pagination";
import { REVISION_ITEMS } from "@/lib/meetings/revision-items";

export type ReadoutListItem = {
  meetingId: string;
  title: string;
  series: string;
  startsAt: Date;
  location: string;
  publishedAt: Date | null;
};

/** Published readouts, newest meeting first. Only ever the published revision. */
export async function listReadouts(page: number) {
  await authorize("read:readout");
  // Archived records are withdrawn from readers; a pending draft never shows.
  const where = { publishedFor: { is: { status: { not: "archived" as const } } } };
  const [total, rows] = await Promise.all([
    db().revision.count({ where }),
    db().revision.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        meetingId: true,
        title: true,
        series: true,
        startsAt: true,
        location: true,
        publishedFor: { select: { publishedAt: true } },
      },
    }),
  ]);
  const items: ReadoutListItem[] = rows.map((r) => ({
    meetingId: r.meetingId,
    title: r.title,
    series: r.series,
    startsAt: r.startsAt,
    location: r.location,
    publishedAt: r.publishedFor?.publishedAt ?? null,
  }));
  return { items, total };
}

/** The published revision of a meeting, or null: drafts and pending revisions are never returned. */
export async function getReadout(meetingId: string) {
  await authorize("read:readout");
  const meeting = await db().meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      publishedRevision: { include: REVISION_ITEMS },
    },
  });
  if (!meeting?.publishedRevision || meeting.status === "archived") return null;
  return { meetingId: meeting.id, publishedAt: meeting.publishedAt, revision: meeting.publishedRevision };
}
