import "server-only";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import { getPublishedVersion } from "@/lib/dal/readouts";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CsvCommitment } from "@/lib/readouts/export-csv";
import { commitmentFilterSql, readoutFilterSql } from "@/lib/readouts/filter-sql";
import { JOIN_PUBLISHED_MEETING } from "@/lib/readouts/published";
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
 * revisions, one query per batch), so memory stays flat however many there are.
 */
export async function exportCommitments(query: ReadoutQuery, { batchSize = EXPORT_BATCH_REVISIONS } = {}): Promise<AsyncGenerator<CsvCommitment[]>> {
  const actor = await authorizeReader();
  const filter = readoutFilterSql(query);
  const revisions = query.q ? Prisma.sql`${filter} AND r.id = ANY(${(await searchPublished(query.q, undefined, filter)).ids})` : filter;
  const { page: _page, ...filters } = query;
  await recordAudit(db(), { actor, action: "meeting.export", entityType: "meeting", after: { format: "csv", filters } });
  return commitmentBatches(revisions, commitmentFilterSql(query) ?? Prisma.sql`TRUE`, batchSize);
}

type ExportRow = {
  revisionId: string;
  version: number;
  title: string;
  startsAt: Date;
  timeZone: string;
  hasTime: boolean;
  party: string | null;
  kind: CsvCommitment["kind"];
  description: string;
  amount: string | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  dueDate: Date | null;
  status: CsvCommitment["status"];
  sourceTitle: string | null;
  sourceUrl: string | null;
};

// One raw query per batch: a page of published revisions (keyset on startsAt
// desc, id) and their commitments in order. A revision without a (matching)
// commitment still comes back once, with party null, so the page's last
// revision is known and the keyset can move past it.
async function* commitmentBatches(revisions: Prisma.Sql, commitments: Prisma.Sql, batchSize: number) {
  let after: { startsAt: Date; id: string } | undefined;
  for (;;) {
    const keyset = after ? Prisma.sql`AND r."startsAt" <= ${after.startsAt} AND (r."startsAt" < ${after.startsAt} OR r.id > ${after.id})` : Prisma.empty;
    const rows = await db().$queryRaw<ExportRow[]>`
      WITH page AS (
        SELECT r.id, r.number, r.title, r."startsAt", r."timeZone", r."hasTime" FROM "Revision" r ${JOIN_PUBLISHED_MEETING}
        WHERE ${revisions} ${keyset}
        ORDER BY r."startsAt" DESC, r.id LIMIT ${batchSize}
      )
      SELECT page.id AS "revisionId", page.number AS version, page.title, page."startsAt", page."timeZone", page."hasTime",
             c.party, c.kind::text AS kind, c.description, c.amount::text AS amount, c.currency, c.quantity, c.unit, c."dueDate", c.status::text AS status,
             s.title AS "sourceTitle", s.url AS "sourceUrl"
      FROM page
      LEFT JOIN "Commitment" c ON c."revisionId" = page.id AND ${commitments}
      LEFT JOIN "Source" s ON s.id = c."sourceId"
      ORDER BY page."startsAt" DESC, page.id, c.position`;
    if (rows.length === 0) return;
    yield toCsvRows(rows);
    const last = rows.at(-1)!;
    if (new Set(rows.map((r) => r.revisionId)).size < batchSize) return;
    after = { startsAt: last.startsAt, id: last.revisionId };
  }
}

function toCsvRows(rows: ExportRow[]): CsvCommitment[] {
  const days = new Map<string, string>();
  const out: CsvCommitment[] = [];
  for (const r of rows) {
    if (r.party === null) continue;
    let meetingDay = days.get(r.revisionId);
    if (meetingDay === undefined) days.set(r.revisionId, (meetingDay = meetingIsoDay(r)));
    out.push({
      meetingTitle: r.title,
      meetingDay,
      version: r.version,
      party: r.party,
      kind: r.kind,
      description: r.description,
      amount: r.amount,
      currency: r.currency,
      quantity: r.quantity,
      unit: r.unit,
      dueDate: r.dueDate,
      status: r.status,
      source: r.sourceTitle === null ? null : { title: r.sourceTitle, url: r.sourceUrl ?? "" },
    });
  }
  return out;
}
