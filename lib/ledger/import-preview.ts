import type { ImportCheck } from "@/lib/ledger/import-check";
import type { ImportProblem } from "@/lib/ledger/import-columns";

/** What the import page shows and sends back on confirm: plain data, with the file's text. */
export type ImportPreview = {
  fileName: string;
  text: string;
  rowCount: number;
  pledges: { row: number; ref: string; party: string; recipient: string | null; kind: string; description: string; amount: string | null; currency: string | null; quantity: number | null; unit: string | null }[];
  events: { row: number; pledge: string; onExisting: boolean; kind: string; amount: string | null; quantity: number | null; asOf: string }[];
  warnings: ImportProblem[];
  problems: ImportProblem[];
  moreProblems: number;
};

// The page lists at most this many of each; the counts are always whole.
const SHOWN = 200;

export function toPreview(check: ImportCheck & { fileName: string }, text: string): ImportPreview & { pledgeCount: number; eventCount: number; linkedCount: number } {
  return {
    fileName: check.fileName,
    text: check.problems.length > 0 ? "" : text,
    rowCount: check.rowCount,
    pledgeCount: check.pledges.length,
    eventCount: check.events.length,
    linkedCount: check.events.filter((e) => e.existing).length,
    pledges: check.pledges.slice(0, SHOWN).map((p) => ({
      row: p.row,
      ref: p.ref,
      party: p.partyName,
      recipient: p.recipientName,
      kind: p.kind,
      description: p.description,
      amount: p.amount,
      currency: p.currency,
      quantity: p.quantity,
      unit: p.unit,
    })),
    events: check.events.slice(0, SHOWN).map((e) => ({
      row: e.row,
      pledge: e.existing ? `P-${e.existing.number}` : (e.pledge as { ref: string }).ref,
      onExisting: e.existing !== null,
      kind: e.event.kind,
      amount: e.event.amount,
      quantity: e.event.quantity,
      asOf: e.event.asOf,
    })),
    warnings: check.warnings,
    problems: check.problems,
    moreProblems: check.moreProblems,
  };
}
