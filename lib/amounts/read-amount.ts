// Amounts as people write them ("€1.2bn", "1,2 Mrd €", "500 000 000"),
// read in a number format the editor chose, never guessed.
// See docs/decisions/0022-meeting-form-state-and-amounts.md.

/** How digits are grouped and where the decimals start: "1,234.5" (English) or "1.234,5" (much of Europe). */
export const NUMBER_FORMATS = ["1,234.5", "1.234,5"] as const;
export type NumberFormat = (typeof NUMBER_FORMATS)[number];
export const DEFAULT_NUMBER_FORMAT: NumberFormat = "1,234.5";

export type ReadAmount =
  | { ok: true; value: string; currency: string | null }
  | { ok: false; message: string };

// Each word is compared lower-cased, trailing dot dropped ("Mio." → "mio").
const SCALES: Record<string, number> = {
  k: 3, thousand: 3, thousands: 3, tsd: 3,
  m: 6, mn: 6, mln: 6, mio: 6, million: 6, millions: 6, millionen: 6,
  bn: 9, b: 9, billion: 9, billions: 9, mrd: 9, md: 9, milliard: 9, milliards: 9, milliarde: 9, milliarden: 9,
  tn: 12, trillion: 12, trillions: 12, bio: 12, billionen: 12,
};
const SYMBOLS: Record<string, string> = { "€": "EUR", "£": "GBP", "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "chf": "CHF", "zł": "PLN", "₴": "UAH" };
// "$" alone names several currencies: it only agrees with one of these, and never fills the field.
const DOLLARS = new Set(["USD", "CAD", "AUD", "NZD", "SGD", "HKD"]);
const CURRENCY_CODES = new Set(Intl.supportedValuesOf("currency"));
const MAX_DECIMALS = 2;
const MAX_TEXT = 60;

const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const refuse = (message: string): ReadAmount => ({ ok: false, message });

/**
 * Reads an amount typed in `format`. Returns the figure as plain decimal text
 * ("1200000000", "2.5") and the currency the text names, if any; refuses
 * anything it would have to guess, with a message saying how to write it.
 */
export function readAmount(text: string, format: NumberFormat): ReadAmount {
  const raw = text.trim();
  if (raw.length > MAX_TEXT) return refuse("Amount is too long to be a figure.");
  // Split into the figure and words around it: "€1.2bn" → "€", "1.2", "bn".
  const match = /^(\D*?)\s*(\d[\d\s\u00a0\u202f\u2009.,]*)\s*(\D*)$/u.exec(raw);
  if (!match) return refuse("Amount must contain one figure, such as 2500000, 2.5m or €1.2bn.");
  const [, before = "", figure = "", after = ""] = match;
  const words = [...before.split(SPACES), ...splitAfter(after.trim())].map((w) => w.trim()).filter(Boolean);

  let scale = 0;
  let currency: string | null = null;
  let dollar = false;
  for (const word of words) {
    if (/^[-−–]$/.test(word) && before.includes(word)) return refuse("Amount must be a positive number.");
    const lower = word.toLowerCase().replace(/\.$/, "");
    if (SCALES[lower] !== undefined && scale === 0) scale = SCALES[lower];
    else if (word === "$" && !currency && !dollar) dollar = true;
    else if (SYMBOLS[lower] && !currency) currency = SYMBOLS[lower];
    else if (/^[A-Za-z]{3}$/.test(word) && CURRENCY_CODES.has(word.toUpperCase()) && !currency) currency = word.toUpperCase();
    else return refuse(`Amount: "${word}" is not a currency or a word such as m, bn, million or Mrd.`);
  }
  if (dollar && currency && !DOLLARS.has(currency)) return refuse(`Amount: "$" and ${currency} disagree.`);

  const number = readFigure(figure.trim(), format);
  if (!number.ok) return number;
  const value = shift(number.whole, number.fraction, scale);
  if (value.fraction.length > MAX_DECIMALS) return refuse("Amount can have at most two decimals (cents).");
  return { ok: true, value: value.fraction ? `${value.whole}.${value.fraction}` : value.whole, currency: currency ?? (dollar ? "$" : null) };
}

/** "bn EUR" → ["bn", "EUR"]; "Mrd€" → ["Mrd", "€"]. */
function splitAfter(after: string): string[] {
  return after.split(SPACES).flatMap((w) => w.split(/(?<=[A-Za-z.])(?=[€£₴])|(?<=[€£₴])(?=[A-Za-z])/u));
}

type Figure = { ok: true; whole: string; fraction: string } | { ok: false; message: string };

const OTHER: Record<NumberFormat, NumberFormat> = { "1,234.5": "1.234,5", "1.234,5": "1,234.5" };

/** The figure's digits, grouped by the format's separator or spaces in threes, decimals after its decimal mark. */
function readFigure(figure: string, format: NumberFormat): Figure {
  const [group, decimal] = format === "1,234.5" ? [",", "."] : [".", ","];
  const compact = figure.replace(SPACES, " ");
  const parts = compact.split(decimal);
  if (parts.length > 2) return { ok: false, message: `Amount has more than one "${decimal}": in the ${format} format it marks the decimals.` };
  const [wholeText = "", fraction = ""] = parts;
  if (parts.length === 2 && !/^\d+$/.test(fraction)) {
    return { ok: false, message: `Amount: no digits after "${decimal}", which marks the decimals in the ${format} format.` };
  }
  // "1.000" or "1,500": the decimal mark followed by exactly three digits, as it would be if it grouped thousands.
  if (parts.length === 2 && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(wholeText)) return ambiguous(wholeText, fraction, decimal);
  const groups = wholeText.split(new RegExp(`[ ${group === "." ? "\\." : ","}]`));
  const grouped = groups.length > 1;
  // A group of thousands never follows a leading zero: "0.001" is not 1 in the 1.234,5 format.
  const wellGrouped = groups.every((g, i) => (i === 0 ? /^[1-9]\d{0,2}$/ : /^\d{3}$/).test(g));
  if (!/^\d/.test(wholeText) || (grouped && !wellGrouped)) {
    return {
      ok: false,
      message: `"${figure}" is not a number in the ${format} format, where "${group}" only separates thousands. If you meant it in the ${OTHER[format]} format, choose that format.`,
    };
  }
  return { ok: true, whole: groups.join("").replace(/^0+(?=\d)/, ""), fraction };
}

/** "1.000" → "1.000 could be 1 or 1000: write 1000 or 1.0", in the format's own decimal mark. */
function ambiguous(whole: string, fraction: string, decimal: string): Figure {
  const decimals = fraction.replace(/0+$/, "");
  const asDecimal = decimals ? `${whole}${decimal}${decimals}` : whole;
  const unambiguous = `${whole}${decimal}${decimals || "0"}${decimals.length === 3 ? "0" : ""}`;
  return {
    ok: false,
    message: `${whole}${decimal}${fraction} could be ${asDecimal} or ${whole}${fraction}: write ${whole}${fraction} or ${unambiguous}.`,
  };
}

/** Multiplies a decimal by 10^scale on its digits, so no floating point rounds it. */
function shift(whole: string, fraction: string, scale: number): { whole: string; fraction: string } {
  const padded = fraction.padEnd(scale, "0");
  const joined = (whole + padded.slice(0, scale)).replace(/^0+(?=\d)/, "");
  return { whole: joined, fraction: padded.slice(scale).replace(/0+$/, "") };
}

/** Where the currency the text names meets the currency field: the code to store, or why not. */
export function agreeCurrency(named: string | null, field: string): { ok: true; currency: string } | { ok: false; message: string } {
  const chosen = field.trim().toUpperCase();
  if (named === null) return { ok: true, currency: chosen };
  if (named === "$") {
    return DOLLARS.has(chosen)
      ? { ok: true, currency: chosen }
      : { ok: false, message: `"$" names several currencies: set the currency field (USD, CAD, AUD…) or write e.g. US$.` };
  }
  if (chosen && chosen !== named) return { ok: false, message: `The amount says ${named} but the currency field says ${chosen}.` };
  return { ok: true, currency: named };
}

/** "1200000000", "EUR" → "1,200,000,000 EUR": the figure as read, shown beside the field. */
export function describeAmount(value: string, currency: string): string {
  const [whole = "0", fraction] = value.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${grouped}${fraction ? `.${fraction}` : ""}${currency ? ` ${currency}` : ""}`;
}
