import { describe, expect, it } from "vitest";
import { parseReadoutQuery } from "@/lib/readouts/query";

describe("parseReadoutQuery", () => {
  it("keeps valid filters", () => {
    const { query, notices } = parseReadoutQuery({ q: " air defence ", from: "2026-01-01", to: "2026-12-31", series: "UDCG", participant: "Poland", topic: "training", kind: "financial", status: "pledged", page: "2" });
    expect(query).toEqual({ q: "air defence", from: "2026-01-01", to: "2026-12-31", series: "UDCG", participant: "Poland", topic: "training", kind: "financial", status: "pledged", page: 2 });
    expect(notices).toEqual([]);
  });

  it("drops unknown values and says so, never throwing", () => {
    const { query, notices } = parseReadoutQuery({ topic: "aliens", kind: "'; drop table", status: "done", from: "last week", page: "-1" });
    expect(query).toEqual({ page: 1 });
    expect(notices).toHaveLength(4);
    expect(notices[0]).toMatch(/not a date/);
    expect(notices.join(" ")).toMatch(/Unknown topic “aliens”/);
  });

  it("shortens very long searches and swaps a reversed date range", () => {
    const { query, notices } = parseReadoutQuery({ q: "x ".repeat(2500), from: "2026-12-01", to: "2026-01-01" });
    expect(query.q).toHaveLength(299);
    expect(query).toMatchObject({ from: "2026-01-01", to: "2026-12-01" });
    expect(notices).toHaveLength(2);
  });

  it("shortens a long search between words, never leaving half a word to match nothing", () => {
    expect(parseReadoutQuery({ q: "ukraine ".repeat(38) }).query.q).toBe(Array(37).fill("ukraine").join(" "));
    // A word that ends exactly at the limit is kept whole.
    expect(parseReadoutQuery({ q: "ukraine ".repeat(37) + "abcd more" }).query.q).toBe("ukraine ".repeat(37) + "abcd");
    expect(parseReadoutQuery({ q: "ukraine ".repeat(30) }).query.q).toBe("ukraine ".repeat(30).trim());
    // One word longer than the limit is no search at all, with the notice, rather than its first half.
    const { query, notices } = parseReadoutQuery({ q: `${"a".repeat(320)} ukraine` });
    expect(query.q).toBeUndefined();
    expect(notices.join(" ")).toMatch(/shortened to its words within the first 300 characters/);
  });
});
