import { stringify } from "csv-stringify/sync";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import type { ReadoutDocument } from "@/lib/readouts/document";

export type CsvCommitment = Pick<
  RevisionWithItems["commitments"][number],
  "party" | "kind" | "description" | "currency" | "quantity" | "unit" | "dueDate" | "status" | "source"
> & { amount: { toString(): string } | null; meetingTitle: string; meetingDate: Date; version: number };

/** A revision's commitments as CSV rows, each carrying its meeting. */
export function commitmentRows(revision: Pick<RevisionWithItems, "title" | "startsAt" | "number"> & { commitments: RevisionWithItems["commitments"] }): CsvCommitment[] {
  return revision.commitments.map((c) => ({ ...c, meetingTitle: revision.title, meetingDate: revision.startsAt, version: revision.number }));
}

/** One readout's commitments as CSV rows, from its document (the same figures every rendering shows). */
export function documentCommitmentRows(doc: ReadoutDocument): CsvCommitment[] {
  return doc.commitments.flatMap((section) =>
    section.items.map((c) => ({
      meetingTitle: doc.title,
      meetingDate: new Date(doc.startsAt.iso),
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
      source: c.source,
    })),
  );
}

const HEADER = ["Meeting", "Meeting date", "Version", "Pledged by", "Kind", "Description", "Amount", "Currency", "Quantity", "Unit", "Due", "Status", "Source"];

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
      day(r.meetingDate),
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
      safe(r.source),
    ]),
  ]);
}
