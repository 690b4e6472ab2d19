import type { Announcement, CommitmentKind, Instrument, PledgeEventKind, PledgeStatus } from "@/lib/generated/prisma/enums";

/** Amounts are decimal strings, so no figure is rounded on its way from Postgres. */
export type Amount = string;

export type PartyRef = { name: string; slug: string; code: string | null };

/** One currency's part of a group of pledges, in that currency. */
export type OriginalSubtotal = {
  currency: string | null;
  pledges: number;
  unrated: number;
  pledged: Amount;
  allocated: Amount;
  delivered: Amount;
  outstanding: Amount;
};

/** Sums over a group of published pledges, in the reporting currency; unrated and undisclosed ones are counted, not added. */
export type Figures = {
  pledges: number;
  unrated: number;
  undisclosed: number;
  pledged: Amount;
  allocated: Amount;
  delivered: Amount;
  outstanding: Amount;
  originals: OriginalSubtotal[];
};

export type LedgerTotals = {
  currency: string;
  total: Figures;
  parties: (Figures & { party: PartyRef | null })[];
  kinds: (Figures & { kind: CommitmentKind | null })[];
  instruments: (Figures & { instrument: Instrument | null })[];
};

export type Conversion = {
  currency: string;
  rated: boolean;
  /** The day whose rates were used; null when the pledge is already in the reporting currency. */
  rateDate: Date | null;
  amount: Amount | null;
  allocated: Amount | null;
  delivered: Amount | null;
  outstanding: Amount | null;
};

/** A pledge as the ledger shows and exports it: terms, progress and converted figures. */
export type LedgerPledge = {
  id: string;
  number: number;
  publishedAt: Date | null;
  series: string | null;
  party: PartyRef | null;
  recipient: PartyRef | null;
  kind: CommitmentKind | null;
  instrument: Instrument | null;
  description: string;
  amount: Amount | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  dueDate: Date | null;
  status: PledgeStatus;
  allocated: Amount;
  delivered: Amount;
  outstanding: Amount | null;
  allocatedQuantity: number;
  deliveredQuantity: number;
  announcedOn: Date | null;
  lastAnnouncedOn: Date | null;
  converted: Conversion;
};

export type OverduePledge = LedgerPledge & { daysOverdue: number };

/** A month of the cumulative chart: everything pledged and delivered up to its end. */
export type LedgerMonth = { month: Date; pledged: number; delivered: number };

/** "P-12": how a pledge is named in pages, exports and links. */
export const pledgeRef = (number: number) => `P-${number}`;
export const pledgePath = (number: number) => `/ledger/pledges/${number}`;
export const partyPath = (slug: string, series?: string) => `/ledger/parties/${slug}${series ? `?${new URLSearchParams({ series })}` : ""}`;

/** "2 pledges in RUB have no rate and are not in the total." */
/** Whether any pledge of the group has a figure in the reporting currency; if none, its sums say nothing. */
export const hasMoney = (figures: Pick<Figures, "pledges" | "unrated" | "undisclosed">): boolean =>
  figures.pledges > figures.unrated + figures.undisclosed;

export function unratedNotes(figures: Figures): string[] {
  return figures.originals
    .filter((o) => o.unrated > 0)
    .map((o) => `${o.unrated} ${o.unrated === 1 ? "pledge" : "pledges"} in ${o.currency} ${o.unrated === 1 ? "has" : "have"} no rate and ${o.unrated === 1 ? "is" : "are"} not in the total.`);
}

/** Progress on a pledge; `pending` while proposed and not yet approved (staff only ever see those). */
export type LedgerEvent = {
  id: string;
  pledgeNumber: number;
  party: PartyRef | null;
  series: string | null;
  kind: PledgeEventKind;
  pending: boolean;
  amount: Amount | null;
  currency: string | null;
  converted: { currency: string; amount: Amount | null; rateDate: Date | null };
  quantity: number | null;
  unit: string | null;
  asOf: Date;
  source: string;
  sourceUrl: string;
  note: string;
  approvedAt: Date | null;
};

/** What one meeting's readout said about a pledge. */
export type PledgeAnnouncement = {
  id: string;
  announcement: Announcement;
  pending: boolean;
  description: string;
  amount: Amount | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  dueDate: Date | null;
  meetingId: string;
  version: number;
  title: string;
  series: string;
  startsAt: Date;
  timeZone: string;
  hasTime: boolean;
};
