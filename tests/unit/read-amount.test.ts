import { describe, expect, it } from "vitest";
import { agreeCurrency, describeAmount, readAmount, type NumberFormat } from "@/lib/amounts/read-amount";

const EN: NumberFormat = "1,234.5";
const EU: NumberFormat = "1.234,5";

describe("readAmount", () => {
  it.each<[string, NumberFormat, string, string | null]>([
    ["500000000", EN, "500000000", null],
    ["500000000", EU, "500000000", null],
    ["500 000 000", EN, "500000000", null],
    ["500\u00a0000\u00a0000", EU, "500000000", null],
    ["500,000,000", EN, "500000000", null],
    ["500.000.000", EU, "500000000", null],
    ["500m", EN, "500000000", null],
    ["500 million", EN, "500000000", null],
    ["€1.2bn", EN, "1200000000", "EUR"],
    ["1.2bn EUR", EN, "1200000000", "EUR"],
    ["1,2 Mrd €", EU, "1200000000", "EUR"],
    ["1,2 Mrd. €", EU, "1200000000", "EUR"],
    ["2,5 Mio. EUR", EU, "2500000", "EUR"],
    ["US$ 2.5 billion", EN, "2500000000", "USD"],
    ["$30m", EN, "30000000", "$"],
    ["£40k", EN, "40000", "GBP"],
    ["2,5", EU, "2.5", null],
    ["1,200", EN, "1200", null],
    ["1.200", EU, "1200", null],
    ["1.000", EU, "1000", null],
    ["1,000", EN, "1000", null],
    ["€1.500", EU, "1500", "EUR"],
    ["1.0", EN, "1", null],
    ["1,0", EU, "1", null],
    ["0.500", EN, "0.5", null],
    ["1234.500", EN, "1234.5", null],
    ["1,234.500", EN, "1234.5", null],
    ["1.234,500", EU, "1234.5", null],
    ["1 000.500", EN, "1000.5", null],
    ["1234.56", EN, "1234.56", null],
    ["1.234,56", EU, "1234.56", null],
    ["0.005bn", EN, "5000000", null],
    ["1.23456m", EN, "1234560", null],
    ["007", EN, "7", null],
  ])("reads %j in the %s format as %s", (text, format, value, currency) => {
    expect(readAmount(text, format)).toEqual({ ok: true, value, currency });
  });

  it.each<[string, NumberFormat, RegExp]>([
    ["2,5", EN, /not a number in the 1,234.5 format.*choose that format/],
    ["2.5", EU, /not a number in the 1.234,5 format/],
    ["1,2 Mrd €", EN, /not a number in the 1,234.5 format/],
    ["1,23,456", EN, /not a number/],
    ["1.234.5", EN, /more than one "\."/],
    ["12.345", EN, /12\.345 could be 12\.345 or 12345: write 12345 or 12\.3450/],
    ["1.000", EN, /^1\.000 could be 1 or 1000: write 1000 or 1\.0\.$/],
    ["€1.500", EN, /^1\.500 could be 1\.5 or 1500: write 1500 or 1\.5\.$/],
    ["1.500bn", EN, /could be 1\.5 or 1500/],
    ["1,000", EU, /^1,000 could be 1 or 1000: write 1000 or 1,0\.$/],
    ["1,200", EU, /could be 1,2 or 1200/],
    ["0.001", EN, /at most two decimals/],
    ["0.001", EU, /not a number in the 1.234,5 format/],
    ["0.500.000", EU, /not a number/],
    ["1.234567k", EN, /at most two decimals/],
    ["-5", EN, /positive/],
    ["€ −5m", EN, /positive/],
    ["1e3", EN, /one figure/],
    ["five million", EN, /one figure/],
    ["1 2 3 m m", EN, /not a number|"m" is not/],
    ["5m bn", EN, /"bn" is not/],
    ["5 apples", EN, /"apples" is not a currency/],
    ["€5 USD", EN, /"USD" is not/],
    ["$5 EUR", EN, /"\$" and EUR disagree/],
    ["5.", EN, /no digits after "\."/],
    ["", EN, /one figure/],
    ["9".repeat(61), EN, /too long/],
  ])("refuses %j in the %s format", (text, format, message) => {
    const result = readAmount(text, format);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});

describe("agreeCurrency", () => {
  it("fills an empty currency field from the text and keeps the field when the text names none", () => {
    expect(agreeCurrency("EUR", "")).toEqual({ ok: true, currency: "EUR" });
    expect(agreeCurrency(null, "cad")).toEqual({ ok: true, currency: "CAD" });
    expect(agreeCurrency("EUR", "eur")).toEqual({ ok: true, currency: "EUR" });
  });
  it("refuses a text and a field that disagree, and a bare $ without a dollar currency", () => {
    expect(agreeCurrency("EUR", "USD")).toMatchObject({ ok: false, message: "The amount says EUR but the currency field says USD." });
    expect(agreeCurrency("$", "")).toMatchObject({ ok: false });
    expect(agreeCurrency("$", "EUR")).toMatchObject({ ok: false });
    expect(agreeCurrency("$", "CAD")).toEqual({ ok: true, currency: "CAD" });
  });
});

describe("describeAmount", () => {
  it("groups thousands with commas, whatever format it was typed in", () => {
    expect(describeAmount("1200000000", "EUR")).toBe("1,200,000,000 EUR");
    expect(describeAmount("2.5", "")).toBe("2.5");
    expect(describeAmount("999", "USD")).toBe("999 USD");
  });
});
