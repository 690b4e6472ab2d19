import { describe, expect, it } from "vitest";
import { formatMoneyCompact, monthLabel } from "@/lib/ledger/format";

describe("the ledger's short figures", () => {
  it("writes compact money in the currency's symbol, the same on every call", () => {
    expect(formatMoneyCompact(1_200_000, "EUR")).toBe("€1.2m");
    expect(formatMoneyCompact(3_400_000_000, "USD")).toBe("US$3.4bn");
    expect(formatMoneyCompact(1_200_000, "EUR")).toBe("€1.2m");
  });

  it("falls back to the code for a currency Intl does not know", () => {
    expect(formatMoneyCompact(1_500, "not a currency")).toBe("1.5k not a currency");
  });

  it("names a month with its year", () => {
    expect(monthLabel(new Date("2026-02-01T00:00:00Z"))).toBe("Feb 2026");
  });
});
