import { afterEach, describe, expect, it } from "vitest";
import { parseDay, parseLedgerQuery, parsePledgeNumber } from "@/lib/ledger/query";
import { reportingCurrency } from "@/lib/ledger/reporting-currency";

afterEach(() => {
  delete process.env.READOUT_REPORTING_CURRENCY;
});

describe("ledger query", () => {
  it("accepts only days the calendar has", () => {
    expect(parseDay("2024-02-29")).toBe("2024-02-29");
    expect(parseDay("2026-02-29")).toBeUndefined();
    expect(parseDay("2026-13-01")).toBeUndefined();
    expect(parseDay("2026-1-01")).toBeUndefined();
    expect(parseDay("2026-01-01T00:00")).toBeUndefined();
  });

  it("drops what it cannot use and says why, never throws", () => {
    const { query, notices } = parseLedgerQuery({ from: "2026-02-30", to: ["2026-03-01", "x"], series: " UDCG ", recipient: "Ukraine", page: "0", parties: "all" });
    expect(query).toEqual({ to: "2026-03-01", series: "UDCG", recipient: "ukraine", page: 1, allParties: true });
    expect(notices).toEqual(["“2026-02-30” is not a date (YYYY-MM-DD); the “from” filter was ignored."]);
  });

  it("swaps a reversed date range", () => {
    const { query, notices } = parseLedgerQuery({ from: "2026-12-01", to: "2026-01-01" });
    expect([query.from, query.to]).toEqual(["2026-01-01", "2026-12-01"]);
    expect(notices).toHaveLength(1);
  });

  it("reads a pledge number with or without its P- prefix", () => {
    expect(parsePledgeNumber("12")).toBe(12);
    expect(parsePledgeNumber("P-12")).toBe(12);
    expect(parsePledgeNumber("0")).toBeNull();
    expect(parsePledgeNumber("12abc")).toBeNull();
    expect(parsePledgeNumber("9999999999")).toBeNull();
  });

  it("reports in EUR unless told otherwise, and refuses a code that is not one", () => {
    expect(reportingCurrency()).toBe("EUR");
    process.env.READOUT_REPORTING_CURRENCY = "usd";
    expect(reportingCurrency()).toBe("USD");
    process.env.READOUT_REPORTING_CURRENCY = "dollars";
    expect(() => reportingCurrency()).toThrow(/three-letter/);
  });
});
