/** "500000000", "EUR" → "€500,000,000" (no decimals when there are none). */
export function formatMoney(amount: { toString(): string }, currency: string): string {
  const value = Number(amount.toString());
  const hasCents = !Number.isInteger(value);
  try {
    return new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency,
      minimumFractionDigits: hasCents ? 2 : 0,
      maximumFractionDigits: 2,
    }).format(value);
  } catch {
    return `${value.toLocaleString("en-GB")} ${currency}`;
  }
}

export function formatQuantity(quantity: number, unit: string | null): string {
  return `${quantity.toLocaleString("en-GB")}${unit ? ` ${unit}` : ""}`;
}

/** A pledge of money whose sum the source did not give: "undisclosed", or "undisclosed (EUR)". */
export const formatUndisclosed = (currency: string | null): string => (currency ? `undisclosed (${currency})` : "undisclosed");
