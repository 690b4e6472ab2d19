import type { Tx } from "@/lib/db";
import type { PledgeTerms } from "@/lib/ledger/event-rules";

/** What the event rules need of a pledge. */
export const PLEDGE_SELECT = {
  id: true,
  number: true,
  publishedAt: true,
  description: true,
  status: true,
  amount: true,
  currency: true,
  quantity: true,
  unit: true,
  announcedOn: true,
  allocatedAmount: true,
  deliveredAmount: true,
  allocatedQuantity: true,
  deliveredQuantity: true,
} as const;

export type LockedPledge = PledgeTerms & { id: string; number: number; publishedAt: Date | null; description: string };

/**
 * Reads a pledge and locks its row until the transaction ends. Every change
 * to a pledge's events takes this lock first, so a proposal, a withdrawal and
 * two reviewers at once are decided one after the other on fresh figures.
 */
export async function lockPledge(tx: Tx, where: { id: string } | { number: number }): Promise<LockedPledge | null> {
  const rows =
    "id" in where
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Pledge" WHERE id = ${where.id} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Pledge" WHERE number = ${where.number} FOR UPDATE`;
  const id = rows[0]?.id;
  if (!id) return null;
  const pledge = await tx.pledge.findUniqueOrThrow({ where: { id }, select: PLEDGE_SELECT });
  return {
    ...pledge,
    amount: pledge.amount?.toString() ?? null,
    allocatedAmount: pledge.allocatedAmount.toString(),
    deliveredAmount: pledge.deliveredAmount.toString(),
  };
}

/** "P-12": how a pledge is named to people. */
export const pledgeLabel = (number: number) => `P-${number}`;

/** "P-12 (Grant to the defence budget)", short enough for a notice. */
export function pledgeName(pledge: { number: number; description: string }): string {
  const text = pledge.description.length > 80 ? `${pledge.description.slice(0, 79)}…` : pledge.description;
  return text ? `${pledgeLabel(pledge.number)} (${text})` : pledgeLabel(pledge.number);
}
