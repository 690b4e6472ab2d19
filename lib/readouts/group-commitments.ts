import { COMMITMENT_KINDS } from "@/lib/validation/meeting";

type Commitment = { kind: string; amount: { toString(): string } | null; currency: string | null };

export type CommitmentGroup<C> = { kind: string; items: C[]; totals: { currency: string; amount: string }[] };

/** "1234.5" → 123450n: exact sums of money, no floating point. */
function toCents(amount: string): bigint {
  const [whole = "0", fraction = ""] = amount.split(".");
  return BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
}

function fromCents(cents: bigint): string {
  const whole = cents / 100n;
  const rest = cents % 100n;
  return rest === 0n ? whole.toString() : `${whole}.${rest.toString().padStart(2, "0")}`;
}

/** Commitments grouped by kind (in the usual order), each group with a total per currency. */
export function groupCommitments<C extends Commitment>(commitments: C[]): CommitmentGroup<C>[] {
  const order = [...COMMITMENT_KINDS] as string[];
  const kinds = [...new Set(commitments.map((c) => c.kind))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return kinds.map((kind) => {
    const items = commitments.filter((c) => c.kind === kind);
    const sums = new Map<string, bigint>();
    for (const c of items) {
      if (c.amount === null || !c.currency) continue;
      sums.set(c.currency, (sums.get(c.currency) ?? 0n) + toCents(c.amount.toString()));
    }
    const totals = [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, cents]) => ({ currency, amount: fromCents(cents) }));
    return { kind, items, totals };
  });
}
