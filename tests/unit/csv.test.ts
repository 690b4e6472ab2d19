import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvText, spreadsheetText } from "@/lib/csv";

describe("CSV lines", () => {
  it("read back as the same cells by a CSV parser, whatever they hold", () => {
    const rows = [
      ["plain", "with, comma", 'with "quotes"', "line\nbreak", "carriage\rreturn", "", " spaced ", "ünïcödé €", '"', ",", "\r\n"],
      ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"],
    ];
    const text = csvText(rows, ["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10", "h11"]);
    expect(parse(text, { relax_column_count: false })).toEqual([["h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10", "h11"], ...rows]);
  });

  it("quote only what needs quotes", () => {
    expect(csvText([["a b", "c,d", 'e"f']])).toBe('a b,"c,d","e""f"\n');
  });

  it("keep a spreadsheet from running a cell as a formula", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "1-2", ""].map(spreadsheetText)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "1-2", ""]);
    expect(spreadsheetText(null)).toBe("");
  });
});
