import "server-only";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import type { Attendance, PartyKind } from "@/lib/generated/prisma/enums";
import { JOIN_PUBLISHED_MEETING, PUBLISHED_REVISION } from "@/lib/readouts/published";

export type LedgerParty = { id: string; name: string; slug: string; code: string | null; kind: PartyKind };

export async function getParty(slug: string): Promise<LedgerParty | null> {
  await authorizeReader();
  if (slug.length > 120) return null;
  return db().party.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, code: true, kind: true } });
}

export type Participation = { meetingId: string; version: number; title: string; series: string; startsAt: Date; timeZone: string; hasTime: boolean; attendance: Attendance };


/** The published readouts where the party took part, newest first. */
export async function listParticipation(partyId: string, series?: string): Promise<Participation[]> {
  await authorizeReader();
  const rows = await db().participant.findMany({
    where: { partyId, revision: { ...PUBLISHED_REVISION, ...(series ? { series: { equals: series, mode: "insensitive" } } : {}) } },
    orderBy: { revision: { startsAt: "desc" } },
    take: 200,
    select: { attendance: true, revision: { select: { meetingId: true, number: true, title: true, series: true, startsAt: true, timeZone: true, hasTime: true } } },
  });
  return rows.map((r) => ({ ...r.revision, version: r.revision.number, attendance: r.attendance }));
}

/** The series in which the party pledged or took part, for its page's filter. */
export async function listPartySeries(partyId: string): Promise<string[]> {
  await authorizeReader();
  const rows = await db().$queryRaw<{ series: string }[]>`
    SELECT series FROM "Pledge" WHERE "partyId" = ${partyId} AND "publishedAt" IS NOT NULL AND series IS NOT NULL
    UNION
    SELECT r.series FROM "Participant" pt
    JOIN "Revision" r ON r.id = pt."revisionId"
    ${JOIN_PUBLISHED_MEETING}
    WHERE pt."partyId" = ${partyId}
    ORDER BY series LIMIT 200`;
  return rows.map((r) => r.series);
}
