import { z } from "zod";
import { webAddress } from "@/lib/validation/web-address";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { isoDay, parseIsoDate, todayUtc } from "@/lib/validation/iso-date";
import { agreeCurrency, DEFAULT_NUMBER_FORMAT, describeAmount, readAmount, type ReadAmount } from "@/lib/amounts/read-amount";
import { MAX_AMOUNT, MAX_QUANTITY } from "@/lib/validation/meeting";

export const PLEDGE_EVENT_KINDS = ["allocated", "partly_delivered", "delivered", "cancelled"] as const;
export type PledgeEventKind = (typeof PLEDGE_EVENT_KINDS)[number];

/** Kinds that add a figure and so need one; "delivered" without one means "the rest". */
export const NEEDS_FIGURE: readonly PledgeEventKind[] = ["allocated", "partly_delivered"];

export const MAX_SOURCE_URL = 2_000;

// Read as the meeting form reads an amount (decision 0022): "2.5m", "€1,200,000", and "1.000" refused with both readings.
const amount = z
  .string()
  .trim()
  .default("")
  .transform((v, ctx) => {
    if (v === "") return { value: null, currency: null };
    const read = readEventAmount(v);
    if (!read.ok) {
      ctx.addIssue({ code: "custom", message: read.message });
      return z.NEVER;
    }
    return { value: read.value, currency: read.currency };
  });

/** An event's amount as typed: plain decimal text, more than zero, and the currency the text names, if any. */
export function readEventAmount(text: string): ReadAmount {
  const read = readAmount(text, DEFAULT_NUMBER_FORMAT);
  // This form has no choice of format: say how to write it instead of pointing to one.
  if (!read.ok) return { ok: false, message: read.message.replace(/ If you meant it in the .* format, choose that format\.$/, " Write it as 1,234.5 or 1234.5.") };
  if (Number(read.value) <= 0) return { ok: false, message: "Amount must be more than zero; leave it empty if there is none." };
  if (Number(read.value) > MAX_AMOUNT) return { ok: false, message: "Amount is larger than any plausible pledge; check the figure." };
  return read;
}

/** Why the currency an amount names is not the pledge's, or null when it names none or the same. */
export function eventCurrencyProblem(named: string | null, pledgeCurrency: string): string | null {
  if (named === null) return null;
  const agreed = agreeCurrency(named, pledgeCurrency);
  if (agreed.ok && agreed.currency === pledgeCurrency) return null;
  return `The amount says ${named === "$" ? "$" : named}, but this pledge is in ${pledgeCurrency}: give the amount in ${pledgeCurrency}.`;
}

/** What the form shows beside the amount as it is typed: the figure the proposal would store, or why it would be refused. */
export function previewEventAmount(text: string, pledgeCurrency: string): { ok: boolean; text: string } | null {
  if (!text.trim()) return null;
  const read = readEventAmount(text.trim());
  if (!read.ok) return { ok: false, text: read.message };
  const problem = eventCurrencyProblem(read.currency, pledgeCurrency);
  return problem ? { ok: false, text: problem } : { ok: true, text: `= ${describeAmount(read.value, pledgeCurrency)}` };
}

const quantity = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_QUANTITY), {
    error: `Quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString("en")}.`,
  })
  .transform((v) => (v === "" ? null : Number(v)));

const asOf = z
  .string({ error: "Give the date this progress was reported as of." })
  .trim()
  .refine((v) => v !== "", "Give the date this progress was reported as of.")
  .refine((v) => v === "" || parseIsoDate(v) !== null, "As-of date must be a real date (YYYY-MM-DD).")
  .refine((v) => {
    const date = parseIsoDate(v);
    return !date || date.getUTCFullYear() >= 1945;
  }, "As-of date must be after 1945.")
  .refine((v) => {
    const date = parseIsoDate(v);
    return !date || date <= todayUtc();
  }, "As-of date cannot be in the future (dates are in UTC).")
  .transform((v) => isoDay(parseIsoDate(v)!));

const sourceUrl = webAddress("Source link", MAX_SOURCE_URL);

export const ZProposeEventInput = z
  .object({
    kind: z.enum(PLEDGE_EVENT_KINDS, { error: "Choose what happened." }),
    amount,
    quantity,
    asOf,
    source: requiredText("Source", 500),
    sourceUrl,
    note: optionalText("Note", 2_000),
  })
  .superRefine((value, ctx) => {
    if (NEEDS_FIGURE.includes(value.kind) && value.amount.value === null && value.quantity === null) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "Give an amount, a quantity, or both." });
    }
  })
  .transform(({ amount: { value, currency }, ...rest }) => ({ ...rest, amount: value, amountCurrency: currency }));

export type ProposeEventInput = z.infer<typeof ZProposeEventInput>;

/** What the form sends, as strings, for keeping the user's input on an error. */
export type ProposeEventFormValues = { kind: string; amount: string; quantity: string; asOf: string; source: string; sourceUrl: string; note: string };
