import { stringify } from "csv-stringify/sync";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import type { ReadoutDocument } from "@/lib/readouts/document";

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

// A spreadsheet runs a cell that starts with = + - @ (or a tab/return) as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);
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
  return stringify([HEADER, ...rows.map(cells)]);
}

/** The same CSV as a stream, written batch by batch as the batches arrive. */
export function commitmentsCsvStream(batches: AsyncIterator<CsvCommitment[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([HEADER])));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else if (next.value.length > 0) controller.enqueue(encoder.encode(stringify(next.value.map(cells))));
    },
    async cancel() {
      await batches.return?.(undefined);
    },
  });
}
