import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { authorize } from "@/lib/dal/authorize";
import { PAGE_SIZE } from "@/lib/pagination";
import { ledgerLabels } from "@/lib/dal/ledger-labels";
import { findContributorIds } from "@/lib/meetings/lock-meeting";
import { REVISION_ITEMS } from "@/lib/meetings/revision-items";
import { isStorableInt, parseId } from "@/lib/validation/parse";
import type { MeetingState } from "@/lib/workflow/meeting-workflow";

export type MeetingListItem = {
  id: string;
  state: MeetingState;
  version: number;
  updatedAt: Date;
  title: string;
  series: string;
  startsAt: Date;
  timeZone: string;
  hasTime: boolean;
  editorName: string | null;
  isPublished: boolean;
  /** The reviewer's comment that sent it back; only in the "changes-requested" list. */
  changeRequest: { comment: string; reviewerName: string | null } | null;
};

// The review queue has its own query (lib/dal/review-queue.ts): it sorts by submission and filters by series.
export type MeetingListScope = "all" | "my-drafts" | "changes-requested";

/** Staff lists of meetings; each shows the newest revision's title and date. */
export async function listMeetings(scope: MeetingListScope, page: number) {
  const user = await authorize("read:meeting:any");
  const where = whereFor(scope, user);
  const [total, rows] = await Promise.all([
    db().meeting.count({ where }),
    db().meeting.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        workingCopy: true,
        publication: true,
        version: true,
        updatedAt: true,
        publishedRevisionId: true,
        revisions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { title: true, series: true, startsAt: true, timeZone: true, hasTime: true, editor: { select: { name: true } } },
        },
        reviews: {
          where: { decision: "changes_requested" },
          orderBy: { createdAt: "desc" },
          take: scope === "changes-requested" ? 1 : 0,
          select: { comment: true, reviewer: { select: { name: true } } },
        },
      },
    }),
  ]);
  const items: MeetingListItem[] = rows.flatMap((m) => {
    const latest = m.revisions[0];
    if (!latest) return [];
    const request = m.reviews[0];
    return [
      {
        id: m.id,
        state: { workingCopy: m.workingCopy, publication: m.publication },
        version: m.version,
        updatedAt: m.updatedAt,
        title: latest.title,
        series: latest.series,
        startsAt: latest.startsAt,
        timeZone: latest.timeZone,
        hasTime: latest.hasTime,
        editorName: latest.editor?.name ?? null,
        isPublished: m.publishedRevisionId !== null,
        changeRequest: request ? { comment: request.comment, reviewerName: request.reviewer?.name ?? null } : null,
      },
    ];
  });
  return { items, total };
}

// A discarded draft is in no list and no count.
function whereFor(scope: MeetingListScope, user: CurrentUser): Prisma.MeetingWhereInput {
  switch (scope) {
    case "my-drafts":
      return { discardedAt: null, workingCopy: { in: ["draft", "changes_requested"] }, revisions: { some: { editorId: user.id } } };
    case "changes-requested":
      return { discardedAt: null, workingCopy: "changes_requested", revisions: { some: { editorId: user.id } } };
    case "all":
      return { discardedAt: null };
  }
}

const revisionWithItems = {
  include: { editor: { select: { name: true } }, ...REVISION_ITEMS },
} as const;

/** A meeting as staff see it: its current revision, whatever the state; never a discarded draft. */
export async function getMeeting(meetingId: string) {
  await authorize("read:meeting:any");
  if (!parseId(meetingId)) return null;
  const found = await db().meeting.findFirst({
    where: { id: meetingId, discardedAt: null },
    select: {
      id: true,
      workingCopy: true,
      publication: true,
      version: true,
      publishedRevisionId: true,
      firstPublishedAt: true,
      archiveReason: true,
      createdById: true,
      publishedRevision: { select: { number: true, retractedAt: true, retractionReason: true } },
    },
  });
  if (!found) return null;
  const { workingCopy, publication, ...rest } = found;
  const meeting = { ...rest, state: { workingCopy, publication } satisfies MeetingState };
  const [revision, contributorIds, changesRequested] = await Promise.all([
    db().revision.findUnique({ where: { meetingId_number: { meetingId, number: meeting.version } }, ...revisionWithItems }),
    findContributorIds(db(), meeting),
    workingCopy === "changes_requested" ? latestChangeRequest(meetingId) : null,
  ]);
  if (!revision) return null;
  return { meeting, revision, contributorIds, changesRequested, labels: await ledgerLabels([revision.id]) };
}

/** The reviewer's comment that sent the working copy back, for the top of the record and the form. */
async function latestChangeRequest(meetingId: string) {
  return db().review.findFirst({
    where: { meetingId, decision: "changes_requested" },
    orderBy: { createdAt: "desc" },
    select: { comment: true, createdAt: true, reviewer: { select: { name: true } }, revision: { select: { number: true } } },
  });
}

/** Series names already in use, for the form's suggestions. */
export async function listSeries(): Promise<string[]> {
  await authorize("read:meeting:any");
  const rows = await db().revision.findMany({ distinct: ["series"], select: { series: true }, orderBy: { series: "asc" }, take: 200 });
  return rows.map((r) => r.series);
}

/** Reviews and comments on a meeting, oldest first: staff and reviewers only. */
export async function getMeetingActivity(meetingId: string) {
  await authorize("read:meeting:any");
  if (!parseId(meetingId) || !(await db().meeting.count({ where: { id: meetingId, discardedAt: null } }))) return { reviews: [], comments: [] };
  const [reviews, comments] = await Promise.all([
    db().review.findMany({
      where: { meetingId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        decision: true,
        comment: true,
        override: true,
        createdAt: true,
        reviewer: { select: { name: true } },
        revision: { select: { number: true } },
      },
    }),
    db().comment.findMany({
      where: { meetingId },
      orderBy: { createdAt: "asc" },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  return { reviews, comments };
}

/** Every saved version of a meeting, newest first, with the reviews of each. */
export async function getMeetingHistory(meetingId: string) {
  await authorize("read:meeting:any");
  if (!parseId(meetingId)) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, discardedAt: null },
    select: { id: true, version: true, publishedRevisionId: true },
  });
  if (!meeting) return null;
  const revisions = await db().revision.findMany({
    where: { meetingId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      title: true,
      createdAt: true,
      publishedAt: true,
      retractedAt: true,
      editor: { select: { name: true } },
      reviews: { orderBy: { createdAt: "asc" }, select: { decision: true, createdAt: true, reviewer: { select: { name: true } } } },
    },
  });
  return { meeting, revisions };
}

/** Two versions of a meeting with all their items, for comparison. */
export async function getRevisionPair(meetingId: string, from: number, to: number) {
  await authorize("read:meeting:any");
  if (!parseId(meetingId) || !isStorableInt(from, 1) || !isStorableInt(to, 1)) return null;
  const revisions = await db().revision.findMany({
    where: { meetingId, number: { in: [from, to] }, meeting: { discardedAt: null } },
    include: REVISION_ITEMS,
  });
  const before = revisions.find((r) => r.number === from);
  const after = revisions.find((r) => r.number === to);
  return before && after ? { before, after, labels: await ledgerLabels([before.id, after.id]) } : null;
}
