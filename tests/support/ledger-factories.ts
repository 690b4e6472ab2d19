import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import type { CommitmentKind, Instrument, PartyKind, PledgeEventKind, PledgeEventState } from "@/lib/generated/prisma/enums";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";

// Ledger rows written straight through Prisma, so these tests depend on no
// form or workflow. Parties get a random suffix: the reference parties that a
// migration adds may hold the plain names.

const suffix = () => randomUUID().slice(0, 8);
const day = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);

export async function createParty(prisma: Db, name: string, kind: PartyKind = "country") {
  const id = suffix();
  return prisma.party.create({ data: { kind, name: `${name} ${id}`, slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${id}`, code: `T${id}`.toUpperCase() } });
}

/** ECB style: units of `currency` per euro on `date` (YYYY-MM-DD). */
export async function createRate(prisma: Db, currency: string, date: string, rate: string) {
  return prisma.exchangeRate.create({ data: { currency, date: day(date), rate } });
}

export type TestMeeting = { meetingId: string; revisionId: string; startsAt: Date; series: string };

/** A meeting with one revision; published unless `published: false` (then a draft). */
export async function createLedgerMeeting(prisma: Db, { startsAt, series = `Series ${suffix()}`, published = true }: { startsAt: string; series?: string; published?: boolean }): Promise<TestMeeting> {
  const now = published ? new Date() : null;
  const meeting = await prisma.meeting.create({
    data: { workingCopy: published ? "none" : "draft", publication: published ? "published" : "unpublished", publishedAt: now, firstPublishedAt: now },
  });
  const revision = await prisma.revision.create({
    data: { meetingId: meeting.id, number: 1, title: `Meeting ${suffix()}`, series, startsAt: new Date(startsAt), location: "Brussels", chair: "", summary: "", implications: "", publishedAt: now },
  });
  if (published) await prisma.meeting.update({ where: { id: meeting.id }, data: { publishedRevisionId: revision.id } });
  return { meetingId: meeting.id, revisionId: revision.id, startsAt: revision.startsAt, series };
}

export type PledgeTerms = {
  party: { id: string; name: string };
  recipient?: { id: string };
  kind?: CommitmentKind;
  instrument?: Instrument;
  description?: string;
  amount?: string | null;
  currency?: string | null;
  quantity?: number;
  unit?: string;
  dueDate?: string;
};

/**
 * A pledge announced at each of `meetings` (new at the first, re-announced
 * after), its snapshot refreshed as a published meeting would.
 */
export async function createPledge(prisma: Db, meetings: TestMeeting[], terms: PledgeTerms) {
  const pledge = await prisma.pledge.create({ data: {} });
  for (const [i, meeting] of meetings.entries()) await announce(prisma, meeting, pledge.id, terms, i === 0 ? "new" : "reannounced");
  await refreshPledges(prisma as unknown as Tx, [pledge.id]);
  return prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } });
}

/** Many pledges announced once at `meeting`, written in bulk. */
export async function createPledges(prisma: Db, meeting: TestMeeting, count: number, terms: PledgeTerms) {
  const pledges = await prisma.pledge.createManyAndReturn({ data: Array.from({ length: count }, () => ({})), select: { id: true, number: true } });
  await prisma.commitment.createMany({ data: pledges.map((p) => commitmentData(meeting, p.id, terms, "new")) });
  await refreshPledges(prisma as unknown as Tx, pledges.map((p) => p.id));
  return pledges.sort((a, b) => a.number - b.number);
}

export async function announce(prisma: Db, meeting: TestMeeting, pledgeId: string, terms: PledgeTerms, announcement: "new" | "reannounced" | "increased" | "reduced" = "reannounced") {
  return prisma.commitment.create({ data: commitmentData(meeting, pledgeId, terms, announcement) });
}

function commitmentData(meeting: TestMeeting, pledgeId: string, terms: PledgeTerms, announcement: "new" | "reannounced" | "increased" | "reduced") {
  return {
    key: randomUUID(),
    revisionId: meeting.revisionId,
    position: 0,
    party: terms.party.name,
    partyId: terms.party.id,
    recipientId: terms.recipient?.id ?? null,
    kind: terms.kind ?? "military",
    instrument: terms.instrument ?? null,
    description: terms.description ?? "Air defence systems",
    amount: terms.amount === undefined ? "1000000" : terms.amount,
    currency: terms.currency === undefined ? "EUR" : terms.currency,
    quantity: terms.quantity ?? null,
    unit: terms.unit ?? null,
    dueDate: terms.dueDate ? day(terms.dueDate) : null,
    pledgeId,
    announcement,
  };
}

export async function addEvent(prisma: Db, pledgeId: string, { kind, amount = null, asOf, state = "approved" }: { kind: PledgeEventKind; amount?: string | null; asOf: string; state?: PledgeEventState }) {
  const event = await prisma.pledgeEvent.create({ data: { pledgeId, kind, amount, asOf: day(asOf), state, source: "Test source" } });
  await refreshPledges(prisma as unknown as Tx, [pledgeId]);
  return event;
}
