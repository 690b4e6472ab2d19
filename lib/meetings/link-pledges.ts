import type { Tx } from "@/lib/db";
import { announcementProblem } from "@/lib/ledger/announcement";
import { describePledge } from "@/lib/ledger/describe-pledge";
import { looksLikeSamePledge } from "@/lib/ledger/similar-pledge";
import { parsePledgeNumber, type MeetingInput } from "@/lib/validation/meeting";

type Commitment = MeetingInput["commitments"][number] & { partyId: string | null };

/** At most this many open pledges are compared with a meeting's new commitments. */
const MAX_CANDIDATES = 200;

/**
 * The pledge of each commitment: its own from an earlier revision of this
 * meeting (kept by the commitment's key), the one it updates, or null for a
 * pledge still to be created. Problems are reported through `add`.
 */
export async function linkPledges(
  tx: Tx,
  args: {
    meetingId: string | null;
    series: string;
    commitments: Commitment[];
    checkSimilar: boolean;
    add: (path: string, message: string) => void;
  },
): Promise<(string | null)[]> {
  const { commitments, add } = args;
  const own = args.meetingId ? await ownPledges(tx, args.meetingId) : new Map<string, string>();
  const ownIds = new Set(own.values());

  const numberOf = (c: Commitment) => (c.announcement === "new" ? null : parsePledgeNumber(c.pledge));
  const numbers = [...new Set(commitments.map(numberOf).filter((n) => n !== null))];
  const linked = numbers.length
    ? await tx.pledge.findMany({
        where: { number: { in: numbers } },
        select: { id: true, number: true, partyId: true, amount: true, currency: true, party: { select: { name: true } } },
      })
    : [];
  const byNumber = new Map(linked.map((p) => [p.number, p]));

  const updatedBy = new Map<number, number>();
  const pledgeIds = commitments.map((c, i) => {
    if (c.announcement === "new") return own.get(c.key) ?? null;
    const at = (field: string) => `commitments.${i}.${field}`;
    const number = numberOf(c);
    if (number === null) {
      add(at("pledge"), "Give the number of the pledge this updates, such as P-12, or mark it new.");
      return null;
    }
    const pledge = byNumber.get(number);
    if (!pledge) {
      add(at("pledge"), `There is no pledge P-${number}.`);
      return null;
    }
    if (ownIds.has(pledge.id)) {
      add(at("pledge"), `P-${number} was first announced at this meeting; an update links a pledge from an earlier meeting.`);
    } else if (updatedBy.has(number)) {
      add(at("pledge"), `P-${number} is already updated by commitment ${updatedBy.get(number)! + 1}.`);
    }
    updatedBy.set(number, updatedBy.get(number) ?? i);
    if (pledge.partyId && c.partyId && pledge.partyId !== c.partyId) {
      add(at("party"), `P-${number} was pledged by ${pledge.party?.name ?? "another party"}.`);
    }
    const problem = announcementProblem(
      c.announcement,
      { amount: c.amount || null, currency: c.currency || null },
      { number, amount: pledge.amount?.toString() ?? null, currency: pledge.currency },
    );
    if (problem) add(at("amount"), problem);
    return pledge.id;
  });

  if (args.checkSimilar) {
    const excluded = new Set([...ownIds, ...linked.map((p) => p.id)]);
    await offerSimilar(tx, { series: args.series, commitments, pledgeIds, excluded, add });
  }
  return pledgeIds;
}

/** Pledges this meeting created, by the key of the commitment that created them. */
async function ownPledges(tx: Tx, meetingId: string): Promise<Map<string, string>> {
  const rows = await tx.$queryRaw<{ key: string; pledgeId: string }[]>`
    SELECT DISTINCT ON (c.key) c.key, c."pledgeId"
    FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId"
    WHERE r."meetingId" = ${meetingId} AND c.announcement = 'new' AND c."pledgeId" IS NOT NULL
    ORDER BY c.key, r.number DESC`;
  return new Map(rows.map((r) => [r.key, r.pledgeId]));
}

/** Refuses, once, a new commitment that looks like an open pledge of the series, naming the pledges to link. */
async function offerSimilar(
  tx: Tx,
  args: {
    series: string;
    commitments: Commitment[];
    pledgeIds: (string | null)[];
    excluded: Set<string>;
    add: (path: string, message: string) => void;
  },
) {
  const fresh = args.commitments
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => c.announcement === "new" && !c.confirmNew && args.pledgeIds[i] === null && c.partyId);
  if (fresh.length === 0) return;
  const open = await tx.pledge.findMany({
    where: {
      series: { equals: args.series.trim(), mode: "insensitive" },
      publishedAt: { not: null },
      status: { in: ["open", "partly_delivered"] },
      partyId: { in: [...new Set(fresh.map(({ c }) => c.partyId!))] },
      id: { notIn: [...args.excluded] },
    },
    orderBy: { number: "desc" },
    take: MAX_CANDIDATES,
    select: {
      number: true,
      partyId: true,
      kind: true,
      description: true,
      amount: true,
      currency: true,
      quantity: true,
      unit: true,
      party: { select: { name: true } },
    },
  });
  for (const { c, i } of fresh) {
    const terms = { ...c, amount: c.amount || null, currency: c.currency || null, quantity: c.quantity ? Number(c.quantity) : null, unit: c.unit || null };
    const similar = open.filter((p) => looksLikeSamePledge(terms, { ...p, amount: p.amount?.toString() ?? null }));
    if (similar.length === 0) continue;
    const list = similar.map((p) => describePledge({ ...p, partyName: p.party?.name ?? null })).join("; ");
    args.add(`commitments.${i}.pledge`, `This looks like an open pledge: ${list}. Link it, or say it is new.`);
    for (const p of similar) args.add(`commitments.${i}.similar`, String(p.number));
  }
}
