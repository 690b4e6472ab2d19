import pg from "pg";
import { csvLine as line, spreadsheetText as safe, spreadsheetTextSql } from "@/lib/csv";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import type { ReadoutDocument } from "@/lib/readouts/document";
import { joinPublishedMeeting } from "@/lib/readouts/published";
import { inlineSql } from "@/lib/sql-literal";

export type CsvCommitment = Pick<
  RevisionWithItems["commitments"][number],
  "party" | "kind" | "description" | "currency" | "quantity" | "unit" | "dueDate" | "status"
> & { amount: { toString(): string } | null; meetingTitle: string; meetingDay: string; version: number; source: { title: string; url: string } | null };

/** One readout's commitments as CSV rows, from its document (the same figures every rendering shows). */
export function documentCommitmentRows(doc: ReadoutDocument): CsvCommitment[] {
  const sources = new Map(doc.sources.map((s) => [s.number, { title: s.title, url: s.url }]));
  return doc.commitments.flatMap((section) =>
    section.items.map((c) => ({
      meetingTitle: doc.title,
      meetingDay: doc.day,
      version: doc.version,
      party: c.party,
      kind: c.kind as CsvCommitment["kind"],
      description: c.description,
      amount: c.money ? c.money.amount : null,
      currency: c.money?.currency ?? c.undisclosed?.currency ?? null,
      quantity: c.quantity?.value ?? null,
      unit: c.quantity?.unit ?? null,
      dueDate: c.due ? new Date(c.due.iso) : null,
      status: c.status as CsvCommitment["status"],
      source: c.source ? (sources.get(c.source.number) ?? null) : null,
    })),
  );
}

const HEADER = ["Meeting", "Meeting date", "Version", "Pledged by", "Kind", "Description", "Amount", "Currency", "Quantity", "Unit", "Due", "Status", "Source", "Source address"];

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

function cells(r: CsvCommitment): string[] {
  return [
    safe(r.meetingTitle),
    r.meetingDay,
    String(r.version),
    safe(r.party),
    r.kind,
    safe(r.description),
    r.amount?.toString() ?? "",
    r.currency ?? "",
    r.quantity?.toString() ?? "",
    safe(r.unit ?? ""),
    day(r.dueDate),
    r.status,
    safe(r.source?.title ?? ""),
    safe(r.source?.url ?? ""),
  ];
}

/** Commitments as CSV with a header row, safe to open in a spreadsheet. */
export function commitmentsCsv(rows: CsvCommitment[]): string {
  return line(HEADER) + rows.map((r) => line(cells(r))).join("");
}

// The same cells as cells(), written by Postgres: text through spreadsheetTextSql,
// dates as ISO days (the meeting's in its own zone when it has a time), NULL for
// an empty cell.
const daySql = (expression: string) => `to_char(${expression}, 'YYYY-MM-DD')`;
const COLUMNS_SQL = [
  spreadsheetTextSql("r.title"),
  daySql(`CASE WHEN r."hasTime" THEN (r."startsAt" AT TIME ZONE 'UTC') AT TIME ZONE r."timeZone" ELSE r."startsAt" END`),
  "r.number",
  spreadsheetTextSql("c.party"),
  "c.kind",
  spreadsheetTextSql("c.description"),
  "c.amount",
  "c.currency",
  "c.quantity",
  spreadsheetTextSql("c.unit"),
  daySql(`c."dueDate"`),
  "c.status",
  spreadsheetTextSql("s.title"),
  spreadsheetTextSql("s.url"),
];

/**
 * The SELECT whose CSV (COPY … WITH (FORMAT csv, HEADER)) is commitmentsCsv of
 * the same rows: every commitment of the published revisions that `revisions`
 * (a condition on `r`) keeps, and of those the ones `commitments` (on `c`) keeps,
 * newest meeting first. The conditions' values are written in as literals.
 */
export function commitmentsCsvSelect(revisions: Prisma.Sql, commitments: Prisma.Sql | null): string {
  const columns = COLUMNS_SQL.map((sql, i) => `${sql} AS ${pg.escapeIdentifier(HEADER[i]!)}`).join(", ");
  return `SELECT ${columns}
    FROM "Revision" r ${joinPublishedMeeting()}
    JOIN "Commitment" c ON c."revisionId" = r.id${commitments ? ` AND ${inlineSql(commitments)}` : ""}
    LEFT JOIN "Source" s ON s.id = c."sourceId"
    WHERE ${inlineSql(revisions)}
    ORDER BY r."startsAt" DESC, r.id, c.position`;
}
