import { formatMoney, formatQuantity } from "@/lib/money";

type Described = {
  number: number;
  partyName: string | null;
  description: string;
  amount: { toString(): string } | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
};

/** "P-12 (Germany: Grant to the defence budget, €500,000,000)": a pledge named in one line. */
export function describePledge(p: Described): string {
  const size = [
    p.amount && p.currency ? formatMoney(p.amount, p.currency) : null,
    p.quantity !== null ? formatQuantity(p.quantity, p.unit) : null,
  ].filter(Boolean);
  const what = [p.description, ...size].join(", ");
  return `P-${p.number} (${p.partyName ? `${p.partyName}: ` : ""}${what})`;
}
