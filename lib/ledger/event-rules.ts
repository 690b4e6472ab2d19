import type { FieldErrors } from "@/lib/errors";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { formatMoney, formatQuantity } from "@/lib/money";
import { isoDay } from "@/lib/validation/iso-date";
import { eventCurrencyProblem, type PledgeEventKind } from "@/lib/validation/pledge-event";

/** The parts of a pledge that decide whether an event makes sense. */
export type PledgeTerms = {
  status: PledgeStatus;
  amount: string | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  announcedOn: Date | null;
  allocatedAmount: string;
  deliveredAmount: string;
  allocatedQuantity: number;
  deliveredQuantity: number;
};

/** `amountCurrency`: the currency the typed amount named, if any (it must be the pledge's). */
export type EventFigures = { kind: PledgeEventKind; amount: string | null; amountCurrency?: string | null; quantity: number | null; asOf: string };

export type EventCheck = { refusal: string | null; fieldErrors: FieldErrors; warnings: string[] };

/** Why no progress can be added to a pledge in this status, or null. */
export function closedReason(status: PledgeStatus): string | null {
  if (status === "cancelled") return "This pledge was cancelled: no further progress can be recorded.";
  if (status === "delivered") return "This pledge is already delivered in full: no further progress can be recorded.";
  return null;
}

/**
 * Whether an event fits its pledge. Impossible progress is refused (a closed
 * pledge, a figure the pledge has no measure for, a date before the pledge was
 * announced); progress beyond the pledged figure is allowed, since deliveries
 * do exceed promises, but comes with a warning for the proposer and reviewer.
 */
export function checkEvent(pledge: PledgeTerms, event: EventFigures): EventCheck {
  const fieldErrors: FieldErrors = {};
  const warnings: string[] = [];
  const refusal = closedReason(pledge.status);
  if (event.amount !== null && !pledge.currency) {
    fieldErrors.amount = ["This pledge has no amount in a currency: give a quantity instead."];
  } else if (pledge.currency) {
    const problem = eventCurrencyProblem(event.amountCurrency ?? null, pledge.currency);
    if (problem) fieldErrors.amount = [problem];
  }
  if (event.quantity !== null && pledge.quantity === null && !pledge.unit) {
    fieldErrors.quantity = ["This pledge is not counted in units: give an amount instead."];
  }
  if (pledge.announcedOn && event.asOf < isoDay(pledge.announcedOn)) {
    fieldErrors.asOf = [`As-of date is before the pledge was first announced (${isoDay(pledge.announcedOn)}).`];
  }
  if (refusal || Object.keys(fieldErrors).length > 0) return { refusal, fieldErrors, warnings };

  const money = (cents: bigint) => formatMoney(fromCents(cents), pledge.currency ?? "EUR");
  const units = (n: number) => formatQuantity(n, pledge.unit);
  const adds = event.kind === "allocated" ? "Allocated" : event.kind === "cancelled" ? null : "Delivered";
  if (adds && event.amount !== null && pledge.amount !== null) {
    const before = toCents(adds === "Allocated" ? pledge.allocatedAmount : pledge.deliveredAmount);
    const after = before + toCents(event.amount);
    const pledged = toCents(pledge.amount);
    if (after > pledged) warnings.push(`${adds} would reach ${money(after)}, ${money(after - pledged)} more than the ${money(pledged)} pledged.`);
    if (event.kind === "delivered" && after < pledged) {
      warnings.push(`The pledge will close as delivered with ${money(after)} of ${money(pledged)}: ${money(pledged - after)} never delivered.`);
    }
  }
  if (adds && event.quantity !== null && pledge.quantity !== null) {
    const after = (adds === "Allocated" ? pledge.allocatedQuantity : pledge.deliveredQuantity) + event.quantity;
    if (after > pledge.quantity) warnings.push(`${adds} would reach ${units(after)}, more than the ${units(pledge.quantity)} pledged.`);
    if (event.kind === "delivered" && after < pledge.quantity) {
      warnings.push(`The pledge will close as delivered with ${units(after)} of ${units(pledge.quantity)}.`);
    }
  }
  return { refusal: null, fieldErrors, warnings };
}

/** "1234.5" → 123450n: amounts have at most two decimals (Decimal(18, 2)). */
export function toCents(amount: string): bigint {
  const [whole = "0", fraction = ""] = amount.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2));
}

export const fromCents = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
