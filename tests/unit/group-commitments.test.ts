import { describe, expect, it } from "vitest";
import { groupCommitments } from "@/lib/readouts/group-commitments";

const c = (kind: string, amount: string | null, currency: string | null) => ({ kind, amount, currency });

describe("groupCommitments", () => {
  it("groups by kind in the usual order and totals each currency exactly", () => {
    const groups = groupCommitments([
      c("military", null, null),
      c("financial", "0.10", "EUR"),
      c("financial", "0.20", "EUR"),
      c("financial", "250000000", "USD"),
      c("humanitarian", "30000000", "CAD"),
      c("financial", "1000000000000", "EUR"),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["financial", "military", "humanitarian"]);
    expect(groups[0]!.totals).toEqual([
      { currency: "EUR", amount: "1000000000000.30" },
      { currency: "USD", amount: "250000000" },
    ]);
    expect(groups[1]!.totals).toEqual([]);
    expect(groups[1]!.items).toHaveLength(1);
  });

  it("returns nothing for no commitments", () => {
    expect(groupCommitments([])).toEqual([]);
  });
});
