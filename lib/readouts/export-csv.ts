import { stringify } from "csv-stringify/sync";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import type { ReadoutDocument } from "@/lib/readouts/document";
import { meetingIsoDay } from "@/lib/time/format";

export type CsvCommitment = Pick<
  RevisionWithItems["commitments"][number],
  "party" | "kind" | "description" | "currency" | "quantity" | "unit" | "dueDate" | "status"
> & { amount: { toString(): string } | null; meetingTitle: string; meetingDay: string; version: number; source: { title: string; url: string } | null };

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
