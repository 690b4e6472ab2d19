import { Prisma } from "@/lib/generated/prisma/client";

// What readers may see, defined once: a meeting's currently published
// revision, never an archived meeting's. Every reader query goes through these.

/** A meeting readers may open. */
export const READABLE_MEETING = { publishedRevisionId: { not: null }, status: { not: "archived" } } satisfies Prisma.MeetingWhereInput;

/** A revision readers may open as the current readout of its meeting. */
export const PUBLISHED_REVISION = { publishedFor: { is: { status: { not: "archived" } } } } satisfies Prisma.RevisionWhereInput;

/** SQL join from a revision alias to its meeting, keeping only published ones: `JOIN "Meeting" m ON …`. */
export function joinPublishedMeeting(revision = "r", meeting = "m"): string {
  return `JOIN "Meeting" ${meeting} ON ${meeting}."publishedRevisionId" = ${revision}.id AND ${meeting}.status <> 'archived'`;
}

/** The same join as a Prisma.sql fragment, for tagged-template queries. */
export const JOIN_PUBLISHED_MEETING = Prisma.raw(joinPublishedMeeting());
