import { z } from "zod";
import { webAddress } from "@/lib/validation/web-address";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { isoDay, parseIsoDate, todayUtc } from "@/lib/validation/iso-date";
import { MAX_AMOUNT, MAX_QUANTITY } from "@/lib/validation/meeting";

export const PLEDGE_EVENT_KINDS = ["allocated", "partly_delivered", "delivered", "cancelled"] as const;
export type PledgeEventKind = (typeof PLEDGE_EVENT_KINDS)[number];

/** Kinds that add a figure and so need one; "delivered" without one means "the rest". */
export const NEEDS_FIGURE: readonly PledgeEventKind[] = ["allocated", "partly_delivered"];

export const MAX_SOURCE_URL = 2_000;

const amount = z
  .string()
  .trim()
  .default("")
  .transform((v) => v.replaceAll(",", ""))
  .refine((v) => v === "" || /^\d{1,13}(\.\d{1,2})?$/.test(v), { error: "Amount must be a positive number with at most two decimals." })
  .refine((v) => v === "" || Number(v) > 0, { error: "Amount must be more than zero; leave it empty if there is none." })
  .refine((v) => v === "" || Number(v) <= MAX_AMOUNT, { error: "Amount is larger than any plausible pledge; check the figure." })
  .transform((v) => (v === "" ? null : v));

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
    if (NEEDS_FIGURE.includes(value.kind) && value.amount === null && value.quantity === null) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "Give an amount, a quantity, or both." });
    }
  });

export type ProposeEventInput = z.infer<typeof ZProposeEventInput>;

/** What the form sends, as strings, for keeping the user's input on an error. */
export type ProposeEventFormValues = { kind: string; amount: string; quantity: string; asOf: string; source: string; sourceUrl: string; note: string };
