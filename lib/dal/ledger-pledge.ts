import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { authorizeReader } from "@/lib/dal/authorize";
import type { LedgerPledge, PledgeAnnouncement, LedgerEvent } from "@/lib/ledger/figures";
import { eventRowsSql, toLedgerEvent, type EventRow } from "@/lib/ledger/event-rows";
import { pledgeRowsSql, toLedgerPledge, type PledgeRow } from "@/lib/ledger/pledge-rows";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";
import { PUBLISHED_REVISION } from "@/lib/readouts/published";

export type PledgeDetail = {
  pledge: LedgerPledge;
  /** True while no announcement of it is published (staff only ever get such a pledge). */
  pending: boolean;
  announcements: PledgeAnnouncement[];
  events: LedgerEvent[];
  canPropose: boolean;
};

const MAX_ITEMS = 500;

/**
 * One pledge by its number. Viewers get it only once published, with its
 * approved events; staff also get unpublished pledges and proposed events,
 * each marked pending. `publicOnly` gives everyone the viewer's answer (the API).
 */
export async function getPledge(number: number, { publicOnly = false } = {}): Promise<PledgeDetail | null> {
  const user = await authorizeReader();
  if (!Number.isSafeInteger(number) || number < 1) return null;
  const staff = !publicOnly && can(user, "read:meeting:any");
  const currency = reportingCurrency();
  const scope = { number, includeUnpublished: staff };
  const [[row], eventRows, commitments] = await Promise.all([
    db().$queryRaw<PledgeRow[]>(pledgeRowsSql(scope, currency, { order: "number", limit: 1 })),
    db().$queryRaw<EventRow[]>(eventRowsSql(scope, currency, { states: staff ? ["approved", "proposed"] : ["approved"], limit: MAX_ITEMS })),
    db().commitment.findMany({
      where: {
        pledge: { number },
        revision: staff
          ? { OR: [PUBLISHED_REVISION, { meeting: { discardedAt: null, workingCopy: { not: "none" } }, publishedFor: null }] }
          : PUBLISHED_REVISION,
      },
      orderBy: [{ revision: { startsAt: "asc" } }, { revision: { number: "asc" } }],
      take: MAX_ITEMS,
      select: {
        id: true,
        announcement: true,
        description: true,
        amount: true,
        currency: true,
        quantity: true,
        unit: true,
        dueDate: true,
        revision: { select: { id: true, number: true, title: true, series: true, startsAt: true, timeZone: true, hasTime: true, meetingId: true, meeting: { select: { version: true, publishedRevisionId: true } } } },
      },
    }),
  ]);
  if (!row) return null;
  const announcements = commitments.flatMap((c): PledgeAnnouncement[] => {
    const published = c.revision.meeting.publishedRevisionId === c.revision.id;
    // Of a meeting being edited, only its newest revision says what is pending.
    if (!published && c.revision.number !== c.revision.meeting.version) return [];
    return [{
      id: c.id,
      announcement: c.announcement,
      pending: !published,
      description: c.description,
      amount: c.amount?.toString() ?? null,
      currency: c.currency?.trim() ?? null,
      quantity: c.quantity,
      unit: c.unit,
      dueDate: c.dueDate,
      meetingId: c.revision.meetingId,
      version: c.revision.number,
      title: c.revision.title,
      series: c.revision.series,
      startsAt: c.revision.startsAt,
      timeZone: c.revision.timeZone,
      hasTime: c.revision.hasTime,
    }];
  });
  const pledge = toLedgerPledge(row, currency);
  return {
    pledge,
    pending: pledge.publishedAt === null,
    announcements,
    events: eventRows.map((e) => toLedgerEvent(e, currency)),
    canPropose: pledge.publishedAt !== null && can(user, "propose:event:any"),
  };
}
