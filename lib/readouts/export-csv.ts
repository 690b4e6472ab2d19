import { csvLine as line, spreadsheetText as safe } from "@/lib/csv";
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

/**
 * The same CSV as a stream, written batch by batch. The next batch is read
 * while the reader takes this one, so the database and the network overlap;
 * at most two batches are held at once.
 */
export function commitmentsCsvStream(batches: AsyncIterator<CsvCommitment[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let ahead: Promise<IteratorResult<CsvCommitment[]>> | undefined;
  const next = () => {
    const read = batches.next();
    read.catch(() => undefined); // awaited by the next pull; a cancelled download never asks
    return read;
  };
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(line(HEADER)));
    },
    async pull(controller) {
      for (;;) {
        const batch = await (ahead ?? next());
        if (batch.done) return controller.close();
        ahead = next();
        if (batch.value.length === 0) continue;
        return controller.enqueue(encoder.encode(batch.value.map((r) => line(cells(r))).join("")));
      }
    },
    async cancel() {
      await ahead?.catch(() => undefined);
      await batches.return?.(undefined);
    },
  });
}
