import type { CommitmentKind, Instrument, PledgeEventKind, PledgeStatus } from "@/lib/generated/prisma/enums";
import { formatDate, humanize } from "@/lib/format";

// Made once per process, as lib/money.ts does: a ledger page formats thousands of figures,
// and creating an Intl format costs far more than using one.
const compactFormats = new Map<string, Intl.NumberFormat | null>();
const compactNumber = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

function compactFormat(currency: string): Intl.NumberFormat | null {
  if (!compactFormats.has(currency)) {
    try {
      compactFormats.set(currency, new Intl.NumberFormat("en-GB", { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }));
    } catch {
      compactFormats.set(currency, null);
    }
  }
  return compactFormats.get(currency)!;
}

/** "€1.2M": for chart labels, where space is short. */
export function formatMoneyCompact(amount: number, currency: string): string {
  const format = compactFormat(currency);
  return format ? format.format(amount) : `${compactNumber.format(amount)} ${currency}`;
}

export const STATUS_LABELS = {
  open: "Open",
  partly_delivered: "Partly delivered",
  delivered: "Delivered",
  cancelled: "Cancelled",
} satisfies Record<PledgeStatus, string>;

export const EVENT_LABELS = {
  allocated: "Allocated",
  partly_delivered: "Partly delivered",
  delivered: "Delivered",
  cancelled: "Cancelled",
} satisfies Record<PledgeEventKind, string>;

export const kindLabel = (kind: CommitmentKind | null) => (kind ? humanize(kind) : "Kind not recorded");
export const instrumentLabel = (instrument: Instrument | null) => (instrument ? humanize(instrument) : "Instrument not recorded");
export const monthLabel = (month: Date) => monthFormat.format(month);
export const rateNote = (rateDate: Date | null) => (rateDate ? `rate of ${formatDate(rateDate)}` : "no conversion needed");
