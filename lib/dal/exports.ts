import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { filterWhere, getPublishedVersion } from "@/lib/dal/readouts";
import { AppError } from "@/lib/errors";
import { commitmentRows, type CsvCommitment } from "@/lib/readouts/export-csv";
import type { ReadoutQuery } from "@/lib/readouts/query";
import { searchPublished } from "@/lib/readouts/search";

export type ExportFormat = "markdown" | "pdf" | "csv";

const MAX_EXPORT_ROWS = 10_000;

/** A published version for export; the export is audited. */
export async function exportReadoutVersion(meetingId: string, number: number, format: ExportFormat) {
  const actor = await authorizeReader();
  const readout = await getPublishedVersion(meetingId, number);
  if (!readout) throw new AppError("not_found");
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", entityId: meetingId, after: { format, version: number } });
  return readout;
}

/** Commitments of every published readout matching the list's filters, for CSV; audited. */
export async function exportCommitments(query: ReadoutQuery): Promise<CsvCommitment[]> {
  const actor = await authorizeReader();
  const matching = query.q ? { id: { in: (await searchPublished(query.q)).ids } } : {};
  const revisions = await db().revision.findMany({
    where: { ...filterWhere(query), ...matching },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: {
      number: true,
      title: true,
      startsAt: true,
      timeZone: true,
      hasTime: true,
      sources: { select: { id: true, title: true, url: true } },
      commitments: {
        orderBy: { position: "asc" },
        where: { ...(query.kind ? { kind: query.kind } : {}), ...(query.status ? { status: query.status } : {}) },
      },
    },
    take: 2_000,
  });
  const { page: _page, ...filters } = query;
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", after: { format: "csv", filters } });
  return revisions.flatMap(commitmentRows).slice(0, MAX_EXPORT_ROWS);
}
