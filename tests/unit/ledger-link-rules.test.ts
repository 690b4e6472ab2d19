import { describe, expect, it } from "vitest";
import { announcementProblem } from "@/lib/ledger/announcement";
import { describePledge } from "@/lib/ledger/describe-pledge";
import { looksLikeSamePledge, wordOverlap, type ComparableTerms } from "@/lib/ledger/similar-pledge";

const pledge: ComparableTerms = {
  partyId: "de",
  kind: "financial",
  description: "Grant to Ukraine's defence budget",
  amount: "500000000",
  currency: "EUR",
  quantity: null,
  unit: null,
};
const like = (patch: Partial<ComparableTerms>) => looksLikeSamePledge({ ...pledge, ...patch }, pledge);

describe("a new commitment that looks like an open pledge", () => {
  it("matches the same party and kind with an amount within ±10%", () => {
    expect(like({ description: "Budget support", amount: "540000000" })).toBe(true);
    expect(like({ description: "Budget support", amount: "450000000" })).toBe(true);
    expect(like({ description: "Budget support", amount: "560000000" })).toBe(false);
    expect(like({ description: "Budget support", amount: "440000000" })).toBe(false);
  });

  it("compares amounts only in the same currency", () => {
    expect(like({ description: "Budget support", currency: "USD" })).toBe(false);
  });

  it("matches half the words of the longer description, whatever the amount", () => {
    expect(like({ description: "Grant to the defence budget", amount: "" })).toBe(true);
    expect(like({ description: "Grants for Ukraine's defence budgets", amount: "900000000" })).toBe(true);
    expect(like({ description: "Loan for energy repairs", amount: "900000000" })).toBe(false);
  });

  it("compares quantities of the same unit like amounts", () => {
    const interceptors: ComparableTerms = { ...pledge, kind: "military", description: "Interceptors", amount: null, currency: null, quantity: 120, unit: "missiles" };
    expect(looksLikeSamePledge({ ...interceptors, description: "Patriot missiles", quantity: 110 }, interceptors)).toBe(true);
    expect(looksLikeSamePledge({ ...interceptors, description: "Patriot missiles", quantity: 110, unit: "launchers" }, interceptors)).toBe(false);
  });

  it("never matches another party or kind, nor a commitment without a party", () => {
    expect(like({ partyId: "fr" })).toBe(false);
    expect(like({ kind: "humanitarian" })).toBe(false);
    expect(like({ partyId: null })).toBe(false);
  });

  it("counts content words only", () => {
    expect(wordOverlap("The grant for the budget", "grant budget")).toBe(1);
    expect(wordOverlap("", "")).toBe(0);
  });
});

describe("what a linked commitment states", () => {
  const p12 = { number: 12, amount: "500000000", currency: "EUR" };
  const stated = (amount: string | null, currency: string | null = "EUR") => ({ amount, currency });

  it("is the same amount when re-announced (or none stated)", () => {
    expect(announcementProblem("reannounced", stated("500000000"), p12)).toBeNull();
    expect(announcementProblem("reannounced", stated(null, null), p12)).toBeNull();
    expect(announcementProblem("reannounced", stated("100000000"), p12)).toMatch(/repeats the amount of P-12 \(€500,000,000\)/);
  });

  it("is the new total when increased or reduced", () => {
    expect(announcementProblem("increased", stated("600000000"), p12)).toBeNull();
    expect(announcementProblem("increased", stated("100000000"), p12)).toMatch(/new total, more than €500,000,000/);
    expect(announcementProblem("reduced", stated("400000000"), p12)).toBeNull();
    expect(announcementProblem("reduced", stated("500000000"), p12)).toMatch(/less than/);
    expect(announcementProblem("increased", stated(null, null), p12)).toMatch(/new total/);
  });

  it("is in the pledge's currency", () => {
    expect(announcementProblem("reannounced", stated("500000000", "USD"), p12)).toMatch(/P-12 is in EUR/);
  });

  it("is not compared for a pledge with no amount", () => {
    expect(announcementProblem("increased", stated("5"), { number: 3, amount: null, currency: null })).toBeNull();
  });
});

it("names a pledge in one line", () => {
  expect(describePledge({ number: 7, partyName: "Italy", description: "Launchers", amount: null, currency: null, quantity: 4, unit: "launchers" })).toBe(
    "P-7 (Italy: Launchers, 4 launchers)",
  );
});
