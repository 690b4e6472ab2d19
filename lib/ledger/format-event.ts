import { fromCents, toCents } from "@/lib/ledger/event-rules";
import { formatMoney, formatQuantity } from "@/lib/money";

type Measure = { currency: string | null; unit: string | null };

/** An event's figures in words: "€200,000,000 and 12 vehicles", "the rest", or "no figure". */
export function eventFigures(event: { kind: string; amount: string | null; quantity: number | null }, pledge: Measure): string {
  const parts = [
    event.amount !== null ? formatMoney(event.amount, pledge.currency ?? "EUR") : null,
    event.quantity !== null ? formatQuantity(event.quantity, pledge.unit) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length > 0) return parts.join(" and ");
  return event.kind === "delivered" ? "the rest of the pledge" : event.kind === "cancelled" ? "what was outstanding" : "no figure";
}

type Figures = Measure & {
  amount: string | null;
  quantity: number | null;
  allocatedAmount: string;
  deliveredAmount: string;
  allocatedQuantity: number;
  deliveredQuantity: number;
};

/** Pledged, allocated, delivered and outstanding, each formatted, for a pledge's progress summary. */
export function pledgeFigures(pledge: Figures): { label: string; value: string }[] {
  const money = (amount: string) => formatMoney(amount, pledge.currency ?? "EUR");
  const units = (n: number) => formatQuantity(n, pledge.unit);
  const both = (amount: string | null, quantity: number | null) =>
    [amount !== null && pledge.currency ? money(amount) : null, quantity !== null ? units(quantity) : null].filter(Boolean).join(" and ") || "—";
  const outstandingAmount = pledge.amount !== null ? fromCents(max0(toCents(pledge.amount) - toCents(pledge.deliveredAmount))) : null;
  const outstandingQuantity = pledge.quantity !== null ? Math.max(0, pledge.quantity - pledge.deliveredQuantity) : null;
  return [
    { label: "Pledged", value: pledge.amount === null && pledge.quantity === null ? "Undisclosed" : both(pledge.amount, pledge.quantity) },
    { label: "Allocated", value: both(pledge.currency ? pledge.allocatedAmount : null, pledge.unit || pledge.quantity !== null ? pledge.allocatedQuantity : null) },
    { label: "Delivered", value: both(pledge.currency ? pledge.deliveredAmount : null, pledge.unit || pledge.quantity !== null ? pledge.deliveredQuantity : null) },
    { label: "Outstanding", value: both(outstandingAmount, outstandingQuantity) },
  ];
}

const max0 = (n: bigint) => (n < 0n ? 0n : n);
