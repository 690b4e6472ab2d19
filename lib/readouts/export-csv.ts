import { stringify } from "csv-stringify/sync";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { meetingIsoDay } from "@/lib/time/format";

export type CsvCommitment = Pick<
  RevisionWithItems["commitments"][number],
  "party" | "kind" | "description" | "amount" | "currency" | "quantity" | "unit" | "dueDate" | "status"
> & { meetingTitle: string; meetingDay: string; version: number; source: { title: string; url: string } | null };

type CsvRevision = Pick<RevisionWithItems, "title" | "startsAt" | "timeZone" | "hasTime" | "number"> & {
  commitments: RevisionWithItems["commitments"];
  sources: Pick<RevisionWithItems["sources"][number], "id" | "title" | "url">[];
};

/** A revision's commitments as CSV rows, each carrying its meeting (its day in its own zone) and its source. */
export function commitmentRows(revision: CsvRevision): CsvCommitment[] {
  const sources = new Map(revision.sources.map((s) => [s.id, s]));
  const meetingDay = meetingIsoDay(revision);
  return revision.commitments.map((c) => ({
    ...c,
    meetingTitle: revision.title,
    meetingDay,
    version: revision.number,
    source: c.sourceId ? (sources.get(c.sourceId) ?? null) : null,
  }));
}

const HEADER = ["Meeting", "Meeting date", "Version", "Pledged by", "Kind", "Description", "Amount", "Currency", "Quantity", "Unit", "Due", "Status", "Source", "Source address"];

// A spreadsheet runs a cell that starts with = + - @ (or a tab/return) as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** Commitments as CSV with a header row, safe to open in a spreadsheet. */
export function commitmentsCsv(rows: CsvCommitment[]): string {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return stringify([
    HEADER,
    ...rows.map((r) => [
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
    ]),
  ]);
}
