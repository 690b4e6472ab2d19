import "server-only";
import { authorize } from "@/lib/dal/authorize";
import { db } from "@/lib/db";
import type { PledgeTerms } from "@/lib/ledger/event-rules";
import { PAGE_SIZE } from "@/lib/pagination";

const PLEDGE_FIELDS = {
  id: true,
  number: true,
  publishedAt: true,
  description: true,
  status: true,
  amount: true,
  currency: true,
  quantity: true,
  unit: true,
  dueDate: true,
  announcedOn: true,
  allocatedAmount: true,
  deliveredAmount: true,
  allocatedQuantity: true,
  deliveredQuantity: true,
  party: { select: { name: true } },
  recipient: { select: { name: true } },
} as const;

const EVENT_FIELDS = {
  id: true,
  kind: true,
  amount: true,
  quantity: true,
  asOf: true,
  source: true,
  sourceUrl: true,
  note: true,
  state: true,
  proposedById: true,
  proposedAt: true,
  reviewComment: true,
  proposedBy: { select: { name: true } },
} as const;

type PledgeRow = {
  amount: { toString(): string } | null;
  allocatedAmount: { toString(): string };
  deliveredAmount: { toString(): string };
};

/** A pledge's figures as plain strings, for the rules and for client components. */
function plain<T extends PledgeRow>(pledge: T) {
  return {
    ...pledge,
    amount: pledge.amount?.toString() ?? null,
    allocatedAmount: pledge.allocatedAmount.toString(),
    deliveredAmount: pledge.deliveredAmount.toString(),
  } satisfies PledgeRow & Partial<PledgeTerms>;
}

function plainEvent<T extends { amount: { toString(): string } | null }>(event: T) {
  return { ...event, amount: event.amount?.toString() ?? null };
}

/**
 * A published pledge for the "record progress" page: its terms, its figures,
 * and its events (approved and pending; rejected ones are the reviewers' record).
 */
export async function getPledgeForEvent(number: number) {
  await authorize("propose:event:any");
  const pledge = await db().pledge.findUnique({ where: { number }, select: PLEDGE_FIELDS });
  if (!pledge?.publishedAt) return null;
  const events = await db().pledgeEvent.findMany({
    where: { pledgeId: pledge.id, state: { in: ["approved", "proposed"] } },
    orderBy: [{ asOf: "desc" }, { proposedAt: "desc" }],
    take: 100,
    select: EVENT_FIELDS,
  });
  return { pledge: plain(pledge), events: events.map(plainEvent) };
}

/** The reviewers' queue: proposed events and imports, oldest first. */
export async function listProposals(page: number) {
  await authorize("review:event:any");
  const where = { state: "proposed" as const, importId: null };
  const [eventTotal, events, importTotal, imports] = await Promise.all([
    db().pledgeEvent.count({ where }),
    db().pledgeEvent.findMany({
      where,
      orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { ...EVENT_FIELDS, pledge: { select: PLEDGE_FIELDS } },
    }),
    db().pledgeImport.count({ where: { state: "proposed" } }),
    db().pledgeImport.findMany({
      where: { state: "proposed" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        fileName: true,
        rowCount: true,
        createdAt: true,
        createdById: true,
        createdBy: { select: { name: true } },
        _count: { select: { pledges: true, events: true } },
      },
    }),
  ]);
  return {
    events: events.map((e) => ({ ...plainEvent(e), pledge: plain(e.pledge) })),
    eventTotal,
    imports,
    importTotal,
  };
}

/** How many proposals wait for a reviewer, for the review page. */
export async function countProposals(): Promise<number> {
  await authorize("review:event:any");
  const [events, imports] = await Promise.all([
    db().pledgeEvent.count({ where: { state: "proposed", importId: null } }),
    db().pledgeImport.count({ where: { state: "proposed" } }),
  ]);
  return events + imports;
}
