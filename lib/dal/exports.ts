import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { filterWhere, getPublishedVersion, statusWhere } from "@/lib/dal/readouts";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CsvCommitment } from "@/lib/readouts/export-csv";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { searchPublished } from "@/lib/readouts/search";
import { meetingIsoDay } from "@/lib/time/format";

export type ExportFormat = "markdown" | "pdf" | "csv";

/** Revisions read per batch of the commitments export (at most 150 commitments each). */
export const EXPORT_BATCH_REVISIONS = 400;

/** A published version for export; the export is audited. */
export async function exportReadoutVersion(meetingId: string, number: number, format: ExportFormat) {
  const actor = await authorizeReader();
  const readout = await getPublishedVersion(meetingId, number);
  if (!readout) throw new AppError("not_found");
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", entityId: meetingId, after: { format, version: number } });
  return readout;
}

/**
 * Every commitment of the published readouts matching the list's filters, for
 * CSV, newest meeting first. Access is checked and the export audited before
 * this returns; the rows then come in batches (keyset pagination over the
 * revisions), so memory stays flat however many there are.
 */
export async function exportCommitments(query: ReadoutQuery, { batchSize = EXPORT_BATCH_REVISIONS } = {}): Promise<AsyncGenerator<CsvCommitment[]>> {
  const actor = await authorizeReader();
  const where: Prisma.RevisionWhereInput = { ...filterWhere(query), ...(query.q ? { id: { in: (await searchPublished(query.q)).ids } } : {}) };
  const { page: _page, ...filters } = query;
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", after: { format: "csv", filters } });
  return commitmentBatches(where, query, batchSize);
}

type CommitmentRow = Omit<CsvCommitment, "meetingTitle" | "meetingDay" | "version" | "source"> & { id: string; revisionId: string; sourceTitle: string | null; sourceUrl: string | null };

async function* commitmentBatches(where: Prisma.RevisionWhereInput, query: ReadoutQuery, batchSize: number) {
  let after: { startsAt: Date; id: string } | undefined;
  for (;;) {
    const revisions = await db().revision.findMany({
      where: after ? { AND: [where, { OR: [{ startsAt: { lt: after.startsAt } }, { startsAt: after.startsAt, id: { gt: after.id } }] }] } : where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      select: { id: true, number: true, title: true, startsAt: true, timeZone: true, hasTime: true },
      take: batchSize,
    });
    if (revisions.length === 0) return;
    const byRevision = await commitmentsOf(revisions.map((r) => r.id), query);
    yield revisions.flatMap((r) =>
      (byRevision.get(r.id) ?? []).map(({ id: _id, revisionId: _revisionId, sourceTitle, sourceUrl, ...c }) => ({
        ...c,
        source: sourceTitle === null ? null : { title: sourceTitle, url: sourceUrl ?? "" },
        meetingTitle: r.title,
        meetingDay: meetingIsoDay(r),
        version: r.number,
      })),
    );
    if (revisions.length < batchSize) return;
    after = revisions.at(-1)!;
  }
}

// Raw SQL: the ORM's row mapping cost four times the query itself. The status
// filter stays the list's own (statusWhere), asked for the matching ids only.
async function commitmentsOf(revisionIds: string[], query: ReadoutQuery): Promise<Map<string, CommitmentRow[]>> {
  const [rows, allowed] = await Promise.all([
    db().$queryRaw<CommitmentRow[]>`
      SELECT c.id, c."revisionId", c.party, c.kind::text AS kind, c.description, c.amount::text AS amount, c.currency, c.quantity, c.unit, c."dueDate", c.status::text AS status,
             s.title AS "sourceTitle", s.url AS "sourceUrl"
      FROM "Commitment" c LEFT JOIN "Source" s ON s.id = c."sourceId"
      WHERE c."revisionId" = ANY(${revisionIds}) ${query.kind ? Prisma.sql`AND c.kind = ${query.kind}::"CommitmentKind"` : Prisma.empty}
      ORDER BY c."revisionId", c.position`,
    query.status
      ? db().commitment.findMany({ where: { revisionId: { in: revisionIds }, ...statusWhere(query.status) }, select: { id: true } }).then((found) => new Set(found.map((c) => c.id)))
      : null,
  ]);
  const byRevision = new Map<string, CommitmentRow[]>();
  for (const row of rows) {
    if (allowed && !allowed.has(row.id)) continue;
    const list = byRevision.get(row.revisionId);
    if (list) list.push(row);
    else byRevision.set(row.revisionId, [row]);
  }
  return byRevision;
}
