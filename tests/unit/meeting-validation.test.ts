import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/validation/fields";
import { previewCommitmentAmount, ZMeetingInput } from "@/lib/validation/meeting";
import { udcgMeeting } from "@/prisma/demo/udcg-meeting";

function errorsFor(input: unknown) {
  const result = ZMeetingInput.safeParse(input);
  return result.success ? {} : toFieldErrors(result.error);
}

describe("meeting validation", () => {
  it("accepts the demo meeting drawn from the article", () => {
    expect(ZMeetingInput.safeParse(udcgMeeting()).success).toBe(true);
  });

  it("requires a title and a start, and limits lengths", () => {
    const errors = errorsFor({ ...udcgMeeting(), title: "  ", startsAt: "", summary: "x".repeat(20_001) });
    expect(errors.title).toEqual(["Title is required."]);
    expect(errors.startsAt).toEqual(["Start is required."]);
    expect(errors.summary?.[0]).toMatch(/at most 20000/);
  });

  it("refuses duplicate participants, case-insensitively", () => {
    const meeting = udcgMeeting();
    meeting.participants.push({ ...meeting.participants[0]!, key: randomUUID(), name: "ukraine" });
    const errors = errorsFor(meeting);
    expect(errors[`participants.${meeting.participants.length - 1}.name`]).toEqual(["ukraine is already listed."]);
  });

  it("refuses negative, absurd and malformed amounts and unknown currencies", () => {
    const meeting = udcgMeeting();
    const base = meeting.commitments[0]!;
    meeting.commitments = [
      { ...base, key: randomUUID(), amount: "-5", currency: "EUR" },
      { ...base, key: randomUUID(), amount: "99999999999999", currency: "EUR" },
      { ...base, key: randomUUID(), amount: "12.3456", currency: "EUR" },
      { ...base, key: randomUUID(), amount: "100", currency: "XYZ" },
      { ...base, key: randomUUID(), amount: "100", currency: "" },
    ];
    const errors = errorsFor(meeting);
    expect(errors["commitments.0.amount"]?.[0]).toMatch(/positive/);
    expect(errors["commitments.1.amount"]?.join(" ")).toMatch(/(plausible|positive)/);
    expect(errors["commitments.2.amount"]?.[0]).toMatch(/two decimals/);
    expect(errors["commitments.3.currency"]?.[0]).toMatch(/Unknown currency/);
    expect(errors["commitments.4.currency"]).toEqual(["Give the currency of the amount."]);
  });

  it("reports every problem in one refusal, whatever level each is at", () => {
    const meeting = udcgMeeting();
    const source = { key: randomUUID(), title: "", publisher: "", url: "not an address", publishedOn: "2026-02-30" };
    meeting.sources = [source];
    meeting.participants[0] = { ...meeting.participants[0]!, name: undefined as unknown as string };
    meeting.commitments = [{ ...meeting.commitments[0]!, amount: "100", currency: "", sourceKey: source.key, discussionKey: "" }];
    const errors = errorsFor({ ...meeting, title: "", endsAt: "2026-10-13T09:00:00Z" });
    expect(errors).toMatchObject({
      title: ["Title is required."],
      endsAt: ["The end is before the start."],
      "participants.0.name": ["Name is required."],
      "sources.0.title": ["Title is required."],
      "sources.0.url": [expect.stringMatching(/web address/)],
      "sources.0.publishedOn": [expect.stringMatching(/date that exists/)],
      "commitments.0.currency": ["Give the currency of the amount."],
    });
  });

  it("refuses a due date before the meeting and a link to a discussion of another meeting", () => {
    const meeting = udcgMeeting();
    meeting.commitments[0] = { ...meeting.commitments[0]!, dueDate: "2026-10-13", discussionKey: randomUUID() };
    const errors = errorsFor(meeting);
    expect(errors["commitments.0.dueDate"]).toEqual(["The due date is before the meeting."]);
    expect(errors["commitments.0.discussionKey"]).toEqual(["That discussion is not part of this meeting."]);
  });

  it("refuses an end before the start", () => {
    const errors = errorsFor({ ...udcgMeeting(), endsAt: "2026-10-13T09:00:00Z" });
    expect(errors.endsAt).toEqual(["The end is before the start."]);
  });

  it("removes NUL and other control characters that Postgres or readers cannot use", () => {
    const result = ZMeetingInput.parse({ ...udcgMeeting(), title: "Air\u0000 defence\u0007", summary: "Line one\nLine\ttwo\u0000" });
    expect(result.title).toBe("Air defence");
    expect(result.summary).toBe("Line one\nLine\ttwo");
  });

  it("normalises currency codes and thousands separators", () => {
    const meeting = udcgMeeting();
    meeting.commitments[0] = { ...meeting.commitments[0]!, amount: "1,500,000", currency: "eur" };
    const parsed = ZMeetingInput.parse(meeting);
    expect(parsed.commitments[0]).toMatchObject({ amount: "1500000", currency: "EUR" });
  });

  it("refuses days that do not exist instead of rolling them into the next month", () => {
    const meeting = udcgMeeting();
    meeting.commitments[0] = { ...meeting.commitments[0]!, dueDate: "2026-11-31" };
    meeting.commitments[1] = { ...meeting.commitments[1]!, dueDate: "0000-01-01" };
    const errors = errorsFor({ ...meeting, startsAt: "2026-02-30T09:00", endsAt: "2026-10-14T25:00" });
    expect(errors["commitments.0.dueDate"]).toEqual(["Due date must be a date that exists (YYYY-MM-DD)."]);
    expect(errors["commitments.1.dueDate"]).toEqual(["Due date must be a date that exists (YYYY-MM-DD)."]);
    expect(errors.startsAt).toEqual(["Start is not a valid date and time."]);
    expect(errors.endsAt).toEqual(["End is not a valid date and time."]);
  });

  it("refuses amounts whose commas do not group thousands, rather than gluing the digits", () => {
    const meeting = udcgMeeting();
    const base = meeting.commitments[0]!;
    meeting.commitments = ["1,2,3,4", "12,34", "1.2.3", "1e6"].map((amount) => ({ ...base, key: randomUUID(), amount, currency: "EUR" }));
    const errors = errorsFor(meeting);
    for (const i of [0, 1, 2, 3]) expect(errors[`commitments.${i}.amount`]?.[0]).toMatch(/not a number in the 1,234.5 format|more than one|one figure/);
  });

  it("drops lone surrogates, which have no UTF-8 form, from every text field", () => {
    const meeting = udcgMeeting();
    meeting.participants[0] = { ...meeting.participants[0]!, representative: "Minister\ud800" };
    const result = ZMeetingInput.parse({ ...meeting, title: "Air defence \udc00talks", summary: "Summary\ud83d" });
    expect(result.title).toBe("Air defence talks");
    expect(result.summary).toBe("Summary");
    expect(result.participants[0]!.representative).toBe("Minister");
  });

  it("stores an amount as the figure it reads as in the chosen number format, with the currency the text names", () => {
    const meeting = udcgMeeting();
    const base = meeting.commitments[0]!;
    const amounts = (numberFormat: "1,234.5" | "1.234,5", ...texts: [string, string][]) =>
      ZMeetingInput.safeParse({ ...meeting, numberFormat, commitments: texts.map(([amount, currency]) => ({ ...base, key: randomUUID(), amount, currency })) });
    const en = amounts("1,234.5", ["€1.2bn", ""], ["500 000 000", "USD"], ["2.5m", "eur"]);
    expect(en.success && en.data.commitments.map((c) => [c.amount, c.currency])).toEqual([["1200000000", "EUR"], ["500000000", "USD"], ["2500000", "EUR"]]);
    const eu = amounts("1.234,5", ["1,2 Mrd €", ""], ["2,5", "EUR"]);
    expect(eu.success && eu.data.commitments.map((c) => [c.amount, c.currency])).toEqual([["1200000000", "EUR"], ["2.5", "EUR"]]);
    const refused = amounts("1,234.5", ["2,5", "EUR"], ["€5m", "USD"]);
    expect(refused.success ? {} : toFieldErrors(refused.error)).toMatchObject({
      "commitments.0.amount": [expect.stringMatching(/not a number in the 1,234.5 format/)],
      "commitments.1.currency": ["The amount says EUR but the currency field says USD."],
    });
  });

  it("keeps undisclosed apart from no amount: it may name a currency but has no figure", () => {
    const meeting = udcgMeeting();
    const base = meeting.commitments[0]!;
    const parsed = ZMeetingInput.parse({ ...meeting, commitments: [{ ...base, amount: "", currency: "EUR", amountUndisclosed: true }] });
    expect(parsed.commitments[0]).toMatchObject({ amount: "", currency: "EUR", amountUndisclosed: true });
    expect(errorsFor({ ...meeting, commitments: [{ ...base, amount: "5m", currency: "EUR", amountUndisclosed: true }] })).toEqual({
      "commitments.0.amount": ["An undisclosed amount has no figure: clear the amount, or untick Undisclosed."],
    });
  });

  it("previews an amount with the save's own checks, saying what is missing", () => {
    const meeting = udcgMeeting();
    const base = meeting.commitments[0]!;
    const cases: [string, string][] = [
      ["9999999999999999999999999", "EUR"],
      ["5m", ""],
      ["€1.2bn", ""],
      ["100", "XYZ"],
      ["1.000", "EUR"],
    ];
    const previews = cases.map(([amount, currency]) => previewCommitmentAmount({ amount, currency }, "1,234.5"));
    expect(previews).toEqual([
      { ok: false, text: "Amount is larger than any plausible pledge; check the figure." },
      { ok: false, text: "= 5,000,000; Give the currency of the amount." },
      { ok: true, text: "= 1,200,000,000 EUR" },
      { ok: false, text: "= 100; Unknown currency: use an ISO 4217 code such as EUR or USD." },
      { ok: false, text: "1.000 could be 1 or 1000: write 1000 or 1.0." },
    ]);
    expect(previewCommitmentAmount({ amount: "", currency: "EUR" }, "1,234.5")).toBeNull();
    // Whatever the preview refuses, the save refuses; what it accepts, the save stores.
    const saved = ZMeetingInput.safeParse({ ...meeting, commitments: cases.map(([amount, currency]) => ({ ...base, key: randomUUID(), amount, currency })) });
    const errors = saved.success ? {} : toFieldErrors(saved.error);
    const refusedAtSave = cases.map((_, i) => Boolean(errors[`commitments.${i}.amount`] ?? errors[`commitments.${i}.currency`]));
    expect(refusedAtSave).toEqual(previews.map((p) => !p?.ok));
  });
});
