// Intl.NumberFormat is costly to create and cheap to use: each format is made
// once per process (currencies are ISO codes, a few hundred at most).
const moneyFormats = new Map<string, Intl.NumberFormat | null>();
const numberFormat = new Intl.NumberFormat("en-GB");

function moneyFormat(currency: string, cents: boolean): Intl.NumberFormat | null {
  const key = `${currency}:${cents}`;
  if (!moneyFormats.has(key)) {
    const digits = cents ? 2 : 0;
    try {
      moneyFormats.set(key, new Intl.NumberFormat("en-GB", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: 2 }));
    } catch {
      moneyFormats.set(key, null);
    }
  }
  return moneyFormats.get(key)!;
}

/** "500000000", "EUR" → "€500,000,000" (no decimals when there are none). */
export function formatMoney(amount: { toString(): string }, currency: string): string {
  const value = Number(amount.toString());
  const format = moneyFormat(currency, !Number.isInteger(value));
  return format ? format.format(value) : `${numberFormat.format(value)} ${currency}`;
}

export function formatQuantity(quantity: number, unit: string | null): string {
  return `${numberFormat.format(quantity)}${unit ? ` ${unit}` : ""}`;
}

/** A pledge of money whose sum the source did not give: "undisclosed", or "undisclosed (EUR)". */
export const formatUndisclosed = (currency: string | null): string => (currency ? `undisclosed (${currency})` : "undisclosed");
