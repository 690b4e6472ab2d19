import { permanentLink, readoutPath } from "@/lib/readouts/paths";
import { pledgePath, pledgeRef, type LedgerEvent, type LedgerPledge, type PledgeAnnouncement } from "@/lib/ledger/figures";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The public shape of a pledge in the JSON API (docs/api.md). */
export function pledgeJson(p: LedgerPledge) {
  return {
    id: pledgeRef(p.number),
    number: p.number,
    url: permanentLink(pledgePath(p.number)),
    party: p.party,
    recipient: p.recipient,
    kind: p.kind,
    instrument: p.instrument,
    description: p.description,
    amount: p.amount,
    currency: p.currency,
    quantity: p.quantity,
    unit: p.unit,
    dueDate: day(p.dueDate),
    status: p.status,
    allocated: p.allocated,
    delivered: p.delivered,
    outstanding: p.outstanding,
    allocatedQuantity: p.allocatedQuantity,
    deliveredQuantity: p.deliveredQuantity,
    firstAnnounced: day(p.announcedOn),
    lastAnnounced: day(p.lastAnnouncedOn),
    series: p.series,
    converted: { ...p.converted, rateDate: day(p.converted.rateDate) },
  };
}

export function announcementJson(a: PledgeAnnouncement) {
  return {
    announcement: a.announcement,
    description: a.description,
    amount: a.amount,
    currency: a.currency,
    quantity: a.quantity,
    unit: a.unit,
    dueDate: day(a.dueDate),
    meeting: { id: a.meetingId, version: a.version, title: a.title, series: a.series, startsAt: a.startsAt.toISOString(), url: permanentLink(readoutPath(a.meetingId, a.version)) },
  };
}

export function eventJson(e: LedgerEvent) {
  return {
    id: e.id,
    pledge: pledgeRef(e.pledgeNumber),
    kind: e.kind,
    amount: e.amount,
    currency: e.amount ? e.currency : null,
    converted: { ...e.converted, rateDate: day(e.converted.rateDate) },
    quantity: e.quantity,
    unit: e.quantity === null ? null : e.unit,
    asOf: day(e.asOf),
    source: e.source,
    sourceUrl: e.sourceUrl,
    note: e.note,
    approvedAt: e.approvedAt?.toISOString() ?? null,
  };
}
