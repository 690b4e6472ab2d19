import { spreadsheetText as safe } from "@/lib/csv";
import { pledgeRef, type LedgerEvent, type LedgerPledge } from "@/lib/ledger/figures";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
const num = (n: number | null) => (n === null ? "" : String(n));

export const PLEDGE_HEADER = [
  "Pledge", "Party code", "Party", "Recipient", "Kind", "Instrument", "Description", "Amount", "Currency",
  "Converted amount", "Reporting currency", "Rate date", "Quantity", "Unit", "Due", "Status",
  "Allocated", "Delivered", "Outstanding", "Converted allocated", "Converted delivered", "Converted outstanding",
  "Allocated quantity", "Delivered quantity", "First announced", "Last announced", "Series",
];

export function pledgeCells(p: LedgerPledge): string[] {
  return [
    pledgeRef(p.number), safe(p.party?.code), safe(p.party?.name), safe(p.recipient?.name), p.kind ?? "", p.instrument ?? "",
    safe(p.description), p.amount ?? "", p.currency ?? "",
    p.converted.amount ?? "", p.converted.currency, day(p.converted.rateDate), num(p.quantity), safe(p.unit), day(p.dueDate), p.status,
    p.allocated, p.delivered, p.outstanding ?? "", p.converted.allocated ?? "", p.converted.delivered ?? "", p.converted.outstanding ?? "",
    String(p.allocatedQuantity), String(p.deliveredQuantity), day(p.announcedOn), day(p.lastAnnouncedOn), safe(p.series),
  ];
}

export const EVENT_HEADER = [
  "Event", "Pledge", "Party code", "Party", "Kind", "Amount", "Currency", "Converted amount", "Reporting currency", "Rate date",
  "Quantity", "Unit", "As of", "Source", "Source URL", "Note", "Approved", "Series",
];

export function eventCells(e: LedgerEvent): string[] {
  return [
    e.id, pledgeRef(e.pledgeNumber), safe(e.party?.code), safe(e.party?.name), e.kind, e.amount ?? "", e.amount ? (e.currency ?? "") : "",
    e.converted.amount ?? "", e.converted.currency, e.converted.amount ? day(e.converted.rateDate) : "",
    num(e.quantity), e.quantity === null ? "" : safe(e.unit), day(e.asOf), safe(e.source), safe(e.sourceUrl), safe(e.note),
    e.approvedAt?.toISOString() ?? "", safe(e.series),
  ];
}

/** CSV text for some rows, with the header when asked: exports stream one batch at a time. */
