import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorize } from "@/lib/dal/authorize";
import { filterWhere, getPublishedVersion, statusWhere } from "@/lib/dal/readouts";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvCommitment } from "@/lib/readouts/export-csv";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { searchPublished } from "@/lib/readouts/search";

export type ExportFormat = "markdown" | "pdf" | "csv";

/** Revisions read per batch of the commitments export (at most 150 commitments each). */
export const EXPORT_BATCH_REVISIONS = 400;

/** A published version for export; the export is audited. */
export async function exportReadoutVersion(meetingId: string, number: number, format: ExportFormat) {
  const actor = await authorize("read:readout");
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
  const actor = await authorize("read:readout");
  const where: Prisma.RevisionWhereInput = { ...filterWhere(query), ...(query.q ? { id: { in: (await searchPublished(query.q)).ids } } : {}) };
  const commitmentWhere: Prisma.CommitmentWhereInput = { ...(query.kind ? { kind: query.kind } : {}), ...(query.status ? statusWhere(query.status) : {}) };
  const { page: _page, ...filters } = query;
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", after: { format: "csv", filters } });
  return commitmentBatches(where, commitmentWhere, batchSize);
}

async function* commitmentBatches(where: Prisma.RevisionWhereInput, commitmentWhere: Prisma.CommitmentWhereInput, batchSize: number) {
  let after: { startsAt: Date; id: string } | undefined;
  for (;;) {
    const revisions = await db().revision.findMany({
      where: after ? { AND: [where, { OR: [{ startsAt: { lt: after.startsAt } }, { startsAt: after.startsAt, id: { gt: after.id } }] }] } : where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      select: { id: true, number: true, title: true, startsAt: true },
      take: batchSize,
    });
    if (revisions.length === 0) return;
    const commitments = await db().commitment.findMany({
      where: { ...commitmentWhere, revisionId: { in: revisions.map((r) => r.id) } },
      orderBy: [{ revisionId: "asc" }, { position: "asc" }],
      select: { revisionId: true, party: true, kind: true, description: true, amount: true, currency: true, quantity: true, unit: true, dueDate: true, status: true, source: true },
    });
    const byRevision = new Map<string, typeof commitments>();
    for (const c of commitments) {
      const list = byRevision.get(c.revisionId);
      if (list) list.push(c);
      else byRevision.set(c.revisionId, [c]);
    }
    yield revisions.flatMap((r) =>
      (byRevision.get(r.id) ?? []).map(({ revisionId: _id, ...c }) => ({ ...c, meetingTitle: r.title, meetingDate: r.startsAt, version: r.number })),
    );
    if (revisions.length < batchSize) return;
    after = revisions.at(-1)!;
  }
}
