import { Prisma } from "@/lib/generated/prisma/client";

// What readers may see, defined once: a meeting's currently published
// revision, while readers see it as published (not archived, not retracted,
// never a discarded draft); and, for permanent links, the versions a reviewer
// approved that were not retracted. Every reader query goes through these
// (docs/decisions/0024-working-copy-and-publication.md). The readers' list and
// menus read rows that triggers on "Meeting" keep by the same rule
// (publication = 'published'; decision 0032): a change here changes them too.

/** A meeting readers may open. */
export const READABLE_MEETING = { publishedRevisionId: { not: null }, publication: "published" } satisfies Prisma.MeetingWhereInput;

/** A revision readers may open as the current readout of its meeting. */
export const PUBLISHED_REVISION = { publishedFor: { is: { publication: "published" } } } satisfies Prisma.RevisionWhereInput;

/** A version readers may open at its permanent link: approved once, never retracted, of a readable meeting. */
export const PUBLISHED_VERSION = {
  publishedAt: { not: null },
  retractedAt: null,
  meeting: READABLE_MEETING,
} satisfies Prisma.RevisionWhereInput;

/** READABLE_MEETING in SQL, for the meeting alias `m`. */
export const READABLE_MEETING_SQL = Prisma.raw(`(m."publishedRevisionId" IS NOT NULL AND m.publication = 'published')`);

/** PUBLISHED_VERSION in SQL, for the revision alias `r` of a meeting `m` that READABLE_MEETING_SQL admits. */
export const PUBLISHED_VERSION_OF_READABLE_MEETING_SQL = Prisma.raw(`(r."meetingId" = m.id AND r."publishedAt" IS NOT NULL AND r."retractedAt" IS NULL)`);

/** SQL join from a revision alias to its meeting, keeping only published ones: `JOIN "Meeting" m ON …`. */
export function joinPublishedMeeting(revision = "r", meeting = "m"): string {
  return `JOIN "Meeting" ${meeting} ON ${meeting}."publishedRevisionId" = ${revision}.id AND ${meeting}.publication = 'published'`;
}

/** The same join as a Prisma.sql fragment, for tagged-template queries. */
export const JOIN_PUBLISHED_MEETING = Prisma.raw(joinPublishedMeeting());
