import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { getPublishedVersion } from "@/lib/dal/readouts";
import { COPY_SLOTS, takeCopySlot } from "@/lib/db-copy";
import { AppError, BusyError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { commitmentsCsvSelect } from "@/lib/readouts/export-csv";
import { commitmentFilterSql, readoutFilterSql } from "@/lib/readouts/filter-sql";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { searchPublished } from "@/lib/readouts/search";

export type ExportFormat = "markdown" | "pdf" | "csv";

const EXPORTS_RETRY_SECONDS = 30;
export const EXPORTS_BUSY = `Readout is already writing ${COPY_SLOTS} exports, as many as it writes at once. Try again in ${EXPORTS_RETRY_SECONDS} seconds.`;

/** A published version for export; the export is audited. */
export async function exportReadoutVersion(meetingId: string, number: number, format: ExportFormat) {
  const actor = await authorizeReader();
  const readout = await getPublishedVersion(meetingId, number);
  if (!readout) throw new AppError("not_found");
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", entityId: meetingId, after: { format, version: number } });
  return readout;
}

/**
 * Every commitment of the published readouts matching the list's filters, as
 * CSV, newest meeting first. Access is checked, a slot taken (503 when every
 * one is in use) and the export audited before this returns; Postgres then
 * writes the CSV (COPY) and the stream passes it on as the client reads.
 */
export async function exportCommitments(query: ReadoutQuery): Promise<ReadableStream<Uint8Array>> {
  const actor = await authorizeReader();
  const filter = readoutFilterSql(query);
  const revisions = query.q ? Prisma.sql`${filter} AND r.id = ANY(${(await searchPublished(query.q, undefined, filter, { correct: false })).ids})` : filter;
  const select = commitmentsCsvSelect(revisions, commitmentFilterSql(query));
  const slot = await takeCopySlot();
  if (!slot) throw new BusyError(EXPORTS_BUSY, EXPORTS_RETRY_SECONDS);
  try {
    const { page: _page, ...filters } = query;
    await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", after: { format: "csv", filters } });
    return await slot.csv(select);
  } catch (error) {
    slot.drop();
    throw error;
  }
}
