import { describe, expect, it } from "vitest";
import { pageCount, parsePage } from "@/lib/pagination";

describe("parsePage", () => {
  it.each([
    [undefined, 1],
    ["3", 3],
    ["0", 1],
    ["-2", 1],
    ["1.5", 1],
    ["abc", 1],
    ["99999999999", 1],
    [["4", "5"], 4],
  ])("reads %j as page %i", (raw, expected) => {
    expect(parsePage(raw)).toBe(expected);
  });

  it("counts at least one page", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });
});
