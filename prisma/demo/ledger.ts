import type { Db } from "@/lib/db";
import type { PledgeEventKind } from "@/lib/generated/prisma/enums";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import type { MeetingInput } from "@/lib/validation/meeting";

// The demo ledger's story across the Ukraine Defense Contact Group meetings
// (figures illustrative): Germany's grant announced in August, re-announced in
// October with no new money, then partly paid out; Italy's launchers, due by
// the end of October, are overdue. A demo commitment is named by its meeting's
// title and its party.

const AUGUST = "Contact Group: sustaining financial support";
const OCTOBER = "Defense Contact Group: coordinating support for Ukraine";

const REANNOUNCED: { meeting: string; party: string; of: { meeting: string; party: string } }[] = [
  { meeting: OCTOBER, party: "Germany", of: { meeting: AUGUST, party: "Germany" } },
];

const EVENTS: { meeting: string; party: string; kind: PledgeEventKind; amount?: string; quantity?: number; asOf: string; source: string }[] = [
  { meeting: AUGUST, party: "Germany", kind: "partly_delivered", amount: "200000000", asOf: "2026-11-16", source: "German Federal Ministry of Finance, budget execution report" },
  { meeting: OCTOBER, party: "United States", kind: "allocated", quantity: 60, asOf: "2026-11-02", source: "US Department of Defense package announcement" },
  { meeting: OCTOBER, party: "Canada", kind: "delivered", asOf: "2026-11-20", source: "Global Affairs Canada" },
];

const name = (meeting: string, party: string) => `${meeting} / ${party}`;

/** The pledge numbers of the demo meetings recorded so far, by meeting title and party. */
export type DemoPledges = Map<string, number>;

/** Turns a demo commitment that repeats an earlier meeting's pledge into its re-announcement. */
export function linkDemoCommitments(input: MeetingInput, pledges: DemoPledges): MeetingInput {
  const commitments = input.commitments.map((c) => {
    const link = REANNOUNCED.find((r) => r.meeting === input.title && r.party === c.party);
    const number = link ? pledges.get(name(link.of.meeting, link.of.party)) : undefined;
    return number ? { ...c, announcement: "reannounced" as const, pledge: `P-${number}` } : c;
  });
  return { ...input, commitments };
}

/** Remembers the pledges a demo meeting's revision announced. */
export async function rememberDemoPledges(prisma: Db, revisionId: string, title: string, pledges: DemoPledges) {
  const rows = await prisma.commitment.findMany({
    where: { revisionId, announcement: "new" },
    select: { party: true, pledge: { select: { number: true } } },
  });
  for (const row of rows) if (row.pledge) pledges.set(name(title, row.party), row.pledge.number);
}

/** The demo's approved progress events, each proposed by the editor and approved by a reviewer. */
export async function seedDemoEvents(prisma: Db, pledges: DemoPledges, editorId: string, reviewerId: string) {
  await prisma.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const e of EVENTS) {
      const number = pledges.get(name(e.meeting, e.party));
      if (number === undefined) throw new Error(`The demo has no pledge of ${e.party} at “${e.meeting}”.`);
      const { id } = await tx.pledge.findUniqueOrThrow({ where: { number }, select: { id: true } });
      const asOf = new Date(`${e.asOf}T00:00:00Z`);
      await tx.pledgeEvent.create({
        data: {
          pledgeId: id,
          kind: e.kind,
          amount: e.amount ?? null,
          quantity: e.quantity ?? null,
          asOf,
          source: e.source,
          state: "approved",
          proposedById: editorId,
          proposedAt: asOf,
          reviewedById: reviewerId,
          reviewedAt: new Date(asOf.getTime() + 24 * 3600 * 1000),
        },
      });
      ids.push(id);
    }
    await refreshPledges(tx, ids);
  });
}
