import { describe, expect, it } from "vitest";
import { checkEvent, fromCents, toCents, type PledgeTerms } from "@/lib/ledger/event-rules";
import { parseIsoDate } from "@/lib/validation/iso-date";
import { previewEventAmount, ZProposeEventInput } from "@/lib/validation/pledge-event";

const pledge = (overrides: Partial<PledgeTerms> = {}): PledgeTerms => ({
  status: "open",
  amount: "1000000",
  currency: "EUR",
  quantity: null,
  unit: null,
  announcedOn: new Date("2026-10-14T00:00:00Z"),
  allocatedAmount: "0",
  deliveredAmount: "600000",
  allocatedQuantity: 0,
  deliveredQuantity: 0,
  ...overrides,
});
const event = (overrides: Partial<Parameters<typeof checkEvent>[1]> = {}) => ({
  kind: "partly_delivered" as const,
  amount: "100000",
  quantity: null,
  asOf: "2026-11-02",
  ...overrides,
});

describe("checkEvent", () => {
  it("accepts progress within the pledge without warnings", () => {
    expect(checkEvent(pledge(), event())).toEqual({ refusal: null, fieldErrors: {}, warnings: [] });
  });

  it("warns, without refusing, when deliveries exceed the pledge or a delivery closes it short", () => {
    expect(checkEvent(pledge(), event({ amount: "500000.50" })).warnings).toEqual([
      "Delivered would reach €1,100,000.50, €100,000.50 more than the €1,000,000 pledged.",
    ]);
    expect(checkEvent(pledge(), event({ kind: "delivered", amount: "100000" })).warnings).toEqual([
      "The pledge will close as delivered with €700,000 of €1,000,000: €300,000 never delivered.",
    ]);
    expect(checkEvent(pledge({ quantity: 10, unit: "vehicles", allocatedQuantity: 8 }), event({ kind: "allocated", amount: null, quantity: 4 })).warnings).toEqual([
      "Allocated would reach 12 vehicles, more than the 10 vehicles pledged.",
    ]);
  });

  it("refuses closed pledges, figures the pledge has no measure for, and dates before the announcement", () => {
    expect(checkEvent(pledge({ status: "delivered" }), event()).refusal).toMatch(/already delivered in full/);
    expect(checkEvent(pledge({ status: "cancelled" }), event()).refusal).toMatch(/cancelled/);
    expect(checkEvent(pledge({ currency: null, amount: null }), event()).fieldErrors).toEqual({ amount: [expect.stringMatching(/give a quantity/)] });
    expect(checkEvent(pledge(), event({ quantity: 3 })).fieldErrors).toEqual({ quantity: [expect.stringMatching(/not counted in units/)] });
    expect(checkEvent(pledge(), event({ asOf: "2026-10-13" })).fieldErrors).toEqual({ asOf: [expect.stringMatching(/2026-10-14/)] });
  });

  it("counts money in exact cents", () => {
    expect(toCents("1234.5")).toBe(123450n);
    expect(fromCents(toCents("0.1") + toCents("0.2"))).toBe("0.30");
  });
});

describe("the event form's input", () => {
  const parse = (fields: Record<string, string>) =>
    ZProposeEventInput.safeParse({ kind: "partly_delivered", amount: "1000", quantity: "", asOf: "2026-11-02", source: "Statement", ...fields });

  it("keeps only http(s) source links, in their parsed form", () => {
    expect(parse({ sourceUrl: " https://EXAMPLE.org/a b?x=1 " }).data?.sourceUrl).toBe("https://example.org/a%20b?x=1");
    for (const bad of ["javascript:alert(1)", "ftp://example.org/x", "//example.org", "example.org", "https://user:pw@example.org/"]) {
      expect(parse({ sourceUrl: bad }).success, bad).toBe(false);
    }
  });

  it("reads dates strictly: no rollover, no other layouts", () => {
    expect(parseIsoDate("2024-02-29")).toEqual(new Date("2024-02-29T00:00:00Z"));
    for (const bad of ["2026-02-29", "2026-13-01", "2026-1-02", "02/11/2026", "2026-11-02T00:00"]) {
      expect(parseIsoDate(bad), bad).toBeNull();
      expect(parse({ asOf: bad }).success, bad).toBe(false);
    }
  });

  it("needs a figure for allocations and partial deliveries only", () => {
    expect(parse({ amount: "" }).error?.issues[0]?.message).toBe("Give an amount, a quantity, or both.");
    expect(parse({ kind: "delivered", amount: "" }).success).toBe(true);
    expect(parse({ amount: "0" }).success).toBe(false);
    expect(parse({ amount: "1,000.25" }).data?.amount).toBe("1000.25");
  });

  it("reads an amount as the meeting form does, and refuses one it would have to guess", () => {
    expect(parse({ amount: "2.5m" }).data).toMatchObject({ amount: "2500000", amountCurrency: null });
    expect(parse({ amount: "€1,200" }).data).toMatchObject({ amount: "1200", amountCurrency: "EUR" });
    expect(parse({ amount: "1.000" }).error?.issues[0]?.message).toBe("1.000 could be 1 or 1000: write 1000 or 1.0.");
    expect(parse({ amount: "12.345" }).success).toBe(false);
    expect(parse({ amount: "2,5m" }).error?.issues[0]?.message).toBe('"2,5" is not a number in the 1,234.5 format, where "," only separates thousands. Write it as 1,234.5 or 1234.5.');
    expect(parse({ amount: "ten" }).success).toBe(false);
  });

  it("refuses an amount in another currency than the pledge's, and previews what it would store", () => {
    expect(checkEvent(pledge(), event({ amount: "1000", amountCurrency: "USD" })).fieldErrors.amount).toEqual([
      "The amount says USD, but this pledge is in EUR: give the amount in EUR.",
    ]);
    expect(checkEvent(pledge(), event({ amount: "1000", amountCurrency: "EUR" })).fieldErrors).toEqual({});
    expect(checkEvent(pledge({ currency: "USD" }), event({ amount: "1000", amountCurrency: "$" })).fieldErrors).toEqual({});
    expect(previewEventAmount("1.5m", "EUR")).toEqual({ ok: true, text: "= 1,500,000 EUR" });
    expect(previewEventAmount("US$ 20", "EUR")).toEqual({ ok: false, text: "The amount says USD, but this pledge is in EUR: give the amount in EUR." });
    expect(previewEventAmount("1.000", "EUR")).toEqual({ ok: false, text: "1.000 could be 1 or 1000: write 1000 or 1.0." });
    expect(previewEventAmount("", "EUR")).toBeNull();
  });
});
