import { z } from "zod";
import { MARKDOWN_MAX_LENGTH } from "@/lib/markdown/bounds";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { agreeCurrency, describeAmount, DEFAULT_NUMBER_FORMAT, NUMBER_FORMATS, readAmount, type NumberFormat } from "@/lib/amounts/read-amount";
import { parseAmount, parseDay, parseWholeNumber } from "@/lib/validation/parse";
import { webAddress } from "@/lib/validation/web-address";
import { meetingTimeMessage, readMeetingTime, type MeetingTimeReading } from "@/lib/time/meeting-time";
import { currentZoneName, isTimeZone, organisationTimeZone } from "@/lib/time/zones";

export const TOPICS = [
  "military_aid",
  "training",
  "industrial_cooperation",
  "financial_support",
  "humanitarian_aid",
  "regional_security",
  "other",
] as const;
export const COMMITMENT_KINDS = ["financial", "military", "humanitarian", "training", "industrial", "other"] as const;
export const COMMITMENT_STATUSES = ["pledged", "allocated", "delivered", "cancelled"] as const;
export const INSTRUMENTS = ["grant", "loan", "guarantee", "in_kind"] as const;
export const ANNOUNCEMENTS = ["new", "reannounced", "increased", "reduced"] as const;
export const PARTICIPANT_KINDS = ["country", "organisation"] as const;
export const ATTENDANCES = ["in_person", "remote", "absent"] as const;
export const MEETING_FORMATS = ["in_person", "virtual", "hybrid"] as const;

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const UNKNOWN_CURRENCY = "Unknown currency: use an ISO 4217 code such as EUR or USD.";
export const MAX_AMOUNT = 1_000_000_000_000; // one trillion in any currency is beyond any pledge
export const MAX_QUANTITY = 100_000_000;

const key = z.uuid({ error: "Invalid item key." });

// The shape only; what a time means depends on the meeting's zone (checked below).
const meetingTime = (label: string, required: boolean) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .default("")
    .refine((value) => !required || value !== "", `${label} is required.`)
    .refine((value) => value === "" || isReadable(readMeetingTime(value, "UTC")), `${label} is not a valid date and time.`);
const isReadable = (reading: MeetingTimeReading) => reading.ok || reading.problem !== "invalid";
const offsetChoice = z.string().trim().max(6).default("");

export const ZSourceInput = z.object({
  key,
  title: requiredText("Title", 300),
  publisher: optionalText("Publisher", 200),
  publishedOn: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || parseDay(v) !== null, { error: "Date must be a date that exists (YYYY-MM-DD)." }),
  url: webAddress("Address", 2_000),
});

export const ZParticipantInput = z.object({
  key,
  name: requiredText("Name", 200),
  kind: z.enum(PARTICIPANT_KINDS, { error: "Choose country or organisation." }),
  attendance: z.enum(ATTENDANCES, { error: "Choose how they attended." }),
  representative: optionalText("Representative", 200),
});

export const ZDiscussionInput = z.object({
  key,
  title: requiredText("Title", 200),
  topic: z.enum(TOPICS, { error: "Choose a topic." }),
  notes: optionalText("Notes", MARKDOWN_MAX_LENGTH),
  outcome: optionalText("Outcome", 5_000),
});

// The amount as typed ("€1.2bn", "1,2 Mrd €"): read in the form's number format by the meeting's check below.
const amountText = z.string().trim().max(60, { error: "Amount is too long to be a figure." }).default("");

const PLEDGE_NUMBER = /^(?:p-?\s*)?(\d{1,9})$/i;
/** "P-12", "p12" or "12" → 12: the pledge a commitment updates; null for anything else. */
export function parsePledgeNumber(text: string): number | null {
  const match = PLEDGE_NUMBER.exec(text.trim());
  return match ? Number(match[1]) : null;
}

const pledgeNumber = z
  .string()
  .trim()
  .default("")
  .refine((v) => v === "" || parsePledgeNumber(v) !== null, { error: "Give a pledge number such as P-12." })
  .transform((v) => (v === "" ? "" : String(parsePledgeNumber(v))));

export const ZCommitmentInput = z.object({
  key,
  discussionKey: z.union([key, z.literal("")]).default(""),
  party: requiredText("Pledging party", 200),
  // Empty: Ukraine when it takes part in the meeting (lib/meetings/link-revision.ts).
  recipient: optionalText("Recipient", 200),
  kind: z.enum(COMMITMENT_KINDS, { error: "Choose a kind." }),
  instrument: z.enum(["", ...INSTRUMENTS], { error: "Choose an instrument." }).default(""),
  announcement: z.enum(ANNOUNCEMENTS, { error: "Choose what was announced." }).default("new"),
  pledge: pledgeNumber,
  // The editor saw the similar open pledges offered at the last save and said this one is new.
  confirmNew: z.boolean().default(false),
  description: requiredText("Description", 2_000),
  amount: amountText,
  // Optional so records and fixtures written before it read as "not undisclosed".
  amountUndisclosed: z.boolean().optional(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .default("")
    .refine((v) => v === "" || CURRENCIES.has(v), { error: UNKNOWN_CURRENCY }),
  quantity: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || parseWholeNumber(v, 0, MAX_QUANTITY) !== null, {
      error: `Quantity must be a whole number from 0 to ${MAX_QUANTITY.toLocaleString("en")}.`,
    }),
  unit: optionalText("Unit", 50),
  dueDate: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || parseDay(v) !== null, {
      error: "Due date must be a date that exists (YYYY-MM-DD).",
    }),
  // One of the meeting's sources, by key.
  sourceKey: z.union([key, z.literal("")]).default(""),
});

// The checks across fields run even when a field already failed (a source's address, a missing
// name), so one refused save lists every problem; they need only the fields they read to have their type.
const CROSS_CHECKED = z.looseObject({
  timeZone: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtOffset: z.string(),
  endsAtOffset: z.string(),
  numberFormat: z.enum(NUMBER_FORMATS).optional(),
  sources: z.array(z.looseObject({ key: z.string() })),
  participants: z.array(z.looseObject({})),
  discussions: z.array(z.looseObject({ key: z.string() })),
  commitments: z.array(
    z.looseObject({
      discussionKey: z.string(),
      sourceKey: z.string(),
      amount: z.string(),
      amountUndisclosed: z.boolean().optional(),
      currency: z.string(),
      announcement: z.string(),
      pledge: z.string(),
      dueDate: z.string(),
    }),
  ),
});
const CROSS_CHECKS = { when: (payload: { value: unknown }) => CROSS_CHECKED.safeParse(payload.value).success };

export const ZMeetingInput = z
  .object({
    title: requiredText("Title", 200, 3),
    series: requiredText("Series", 120),
    timeZone: z
      .string()
      .trim()
      .default(() => organisationTimeZone())
      .refine(isTimeZone, "Choose a time zone from the list, such as Europe/Brussels.")
      .transform((zone) => currentZoneName(zone) ?? zone),
    startsAt: meetingTime("Start", true),
    startsAtOffset: offsetChoice,
    endsAt: meetingTime("End", false),
    endsAtOffset: offsetChoice,
    location: optionalText("Location", 200),
    format: z.enum(MEETING_FORMATS, { error: "Choose a format." }),
    chair: optionalText("Chair", 200),
    summary: optionalText("Summary", MARKDOWN_MAX_LENGTH),
    implications: optionalText("Implications", MARKDOWN_MAX_LENGTH),
    participants: z.array(ZParticipantInput).max(100, "At most 100 participants."),
    discussions: z.array(ZDiscussionInput).max(50, "At most 50 discussions."),
    commitments: z.array(ZCommitmentInput).max(300, "At most 300 commitments."),
    // How the amounts are written; not stored: each amount is stored as the figure it reads as.
    numberFormat: z.enum(NUMBER_FORMATS, { error: "Choose how amounts are written." }).optional(),
    sources: z.array(ZSourceInput).max(50, "At most 50 sources.").default([]),
    // The editor saw the records of the same series and day offered at the last save and saves anyway.
    confirmDuplicate: z.boolean().default(false),
  })
  .superRefine((meeting, ctx) => {
    const start = checkTime(meeting, "startsAt", "Start", ctx);
    const end = checkTime(meeting, "endsAt", "End", ctx);
    if (start?.ok && end?.ok) {
      if (end.time.instant < start.time.instant) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end is before the start." });
      if (end.time.offset === "" && start.time.offset !== "") {
        ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Give the end's time too, or only dates for both." });
      } else if (end.time.offset !== "" && start.time.offset === "") {
        ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The start has no time: give the end as a date only." });
      }
    }
    const sourceKeys = new Set(meeting.sources.map((s) => s.key));
    if (sourceKeys.size < meeting.sources.length) ctx.addIssue({ code: "custom", path: ["sources"], message: "Two sources share a key." });
    const names = new Map<string, number>();
    meeting.participants.forEach((p, i) => {
      if (typeof p.name !== "string") return; // already refused as missing
      const name = p.name.toLocaleLowerCase("en");
      if (names.has(name)) {
        ctx.addIssue({ code: "custom", path: ["participants", i, "name"], message: `${p.name} is already listed.` });
      }
      names.set(name, i);
    });
    const discussionKeys = new Set(meeting.discussions.map((d) => d.key));
    const meetingDay = start?.ok ? start.time.local.slice(0, 10) : undefined;
    meeting.commitments.forEach((c, i) => {
      const at = (field: string) => ["commitments", i, field];
      if (c.discussionKey && !discussionKeys.has(c.discussionKey)) {
        ctx.addIssue({ code: "custom", path: at("discussionKey"), message: "That discussion is not part of this meeting." });
      }
      if (c.sourceKey && !sourceKeys.has(c.sourceKey)) {
        ctx.addIssue({ code: "custom", path: at("sourceKey"), message: "That source is not one of this meeting's sources." });
      }
      const amount = readCommitmentAmount(c, meeting.numberFormat ?? DEFAULT_NUMBER_FORMAT);
      if (!amount.ok) ctx.addIssue({ code: "custom", path: at(amount.field), message: amount.message });
      if (c.announcement !== "new" && !c.pledge) {
        ctx.addIssue({ code: "custom", path: at("pledge"), message: "Give the number of the pledge this updates, such as P-12, or mark it new." });
      }
      // An update may repeat a due date already past: the pledge is then overdue, which the ledger shows.
      if (c.announcement === "new" && c.dueDate && meetingDay && c.dueDate < meetingDay) {
        ctx.addIssue({ code: "custom", path: at("dueDate"), message: "The due date is before the meeting." });
      }
    });
  }, CROSS_CHECKS)
  .transform((meeting) => {
    // Stored as read: the wall-clock time in the meeting's zone and the offset it had then.
    const start = readMeetingTime(meeting.startsAt, meeting.timeZone, meeting.startsAtOffset);
    const end = meeting.endsAt ? readMeetingTime(meeting.endsAt, meeting.timeZone, meeting.endsAtOffset) : null;
    return {
      ...meeting,
      startsAt: start.ok ? start.time.local : meeting.startsAt,
      startsAtOffset: start.ok ? start.time.offset : "",
      endsAt: end?.ok ? end.time.local : "",
      endsAtOffset: end?.ok ? end.time.offset : "",
      commitments: meeting.commitments.map((c) => {
        const amount = readCommitmentAmount(c, meeting.numberFormat ?? DEFAULT_NUMBER_FORMAT);
        return amount.ok ? { ...c, amount: amount.value, currency: amount.currency } : c;
      }),
    };
  });

type AmountFields = { amount: string; amountUndisclosed?: boolean; currency: string };
type CommitmentAmount = { ok: true; value: string; currency: string } | { ok: false; field: "amount" | "currency"; message: string };

/**
 * A commitment's amount as stored: the figure its text reads as in the
 * form's number format, with the currency the text names or the field gives
 * (they must agree), or "" for none. Undisclosed is its own choice, with no figure.
 */
export function readCommitmentAmount(c: AmountFields, format: NumberFormat): CommitmentAmount {
  const refuse = (field: "amount" | "currency", message: string): CommitmentAmount => ({ ok: false, field, message });
  if (c.amountUndisclosed) {
    return c.amount ? refuse("amount", "An undisclosed amount has no figure: clear the amount, or untick Undisclosed.") : { ok: true, value: "", currency: c.currency };
  }
  if (!c.amount) return c.currency ? refuse("amount", "Give the amount, or clear the currency.") : { ok: true, value: "", currency: "" };
  const read = readAmount(c.amount, format);
  if (!read.ok) return refuse("amount", read.message);
  if (Number(read.value) > MAX_AMOUNT) return refuse("amount", "Amount is larger than any plausible pledge; check the figure.");
  const currency = agreeCurrency(read.currency, c.currency);
  if (!currency.ok) return refuse("currency", currency.message);
  if (!currency.currency) return refuse("currency", "Give the currency of the amount.");
  // What is stored is what the strict reader accepts: plain digits, at most two decimals.
  if (parseAmount(read.value) !== read.value) return refuse("amount", "Amount could not be read; write it as digits, such as 2500000.");
  return { ok: true, value: read.value, currency: currency.currency };
}

/**
 * What the form shows beside an amount as it is typed: the figure the save
 * would store ("= 1,200,000,000 EUR"), or the save's own refusal, after the
 * figure when only the currency is wrong ("= 5,000,000; Give the currency of the amount.").
 */
export function previewCommitmentAmount(c: AmountFields, format: NumberFormat): { ok: boolean; text: string } | null {
  if (!c.amount) return null;
  const amount = readCommitmentAmount(c, format);
  if (amount.ok) {
    const currency = amount.currency.trim().toUpperCase();
    return CURRENCIES.has(currency) ? { ok: true, text: `= ${describeAmount(amount.value, currency)}` } : { ok: false, text: `= ${describeAmount(amount.value, "")}; ${UNKNOWN_CURRENCY}` };
  }
  const read = amount.field === "currency" ? readAmount(c.amount, format) : null;
  return { ok: false, text: read?.ok ? `= ${describeAmount(read.value, "")}; ${amount.message}` : amount.message };
}

type TimeField = "startsAt" | "endsAt";
const OFFSET_FIELD = { startsAt: "startsAtOffset", endsAt: "endsAtOffset" } as const;

/** A start or end read in the meeting's zone, with any problem added beside its field; null when empty or unreadable. */
function checkTime(
  meeting: { timeZone: string; startsAt: string; endsAt: string; startsAtOffset: string; endsAtOffset: string },
  field: TimeField,
  label: string,
  ctx: z.RefinementCtx,
): MeetingTimeReading | null {
  const raw = meeting[field];
  if (raw === "" || !isTimeZone(meeting.timeZone)) return null;
  const reading = readMeetingTime(raw, meeting.timeZone, meeting[OFFSET_FIELD[field]]);
  if (!reading.ok) {
    // An unreadable value already has its message from the field's own check.
    if (reading.problem !== "invalid") {
      const path = reading.problem === "ambiguous" ? OFFSET_FIELD[field] : field;
      ctx.addIssue({ code: "custom", path: [path], message: meetingTimeMessage(label, raw, meeting.timeZone, reading) });
    }
    return null;
  }
  const year = Number(reading.time.local.slice(0, 4));
  if (year < 1945 || year > 2100) {
    ctx.addIssue({ code: "custom", path: [field], message: `${label} must be between 1945 and 2100.` });
    return null;
  }
  return reading;
}

export type MeetingInput = z.infer<typeof ZMeetingInput>;
export type MeetingFormValues = z.input<typeof ZMeetingInput>;
