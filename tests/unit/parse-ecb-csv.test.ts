import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { describeProblem, parseEcbCsv, type ParseResult } from "@/lib/ledger/parse-ecb-csv";
import { MAX_RATE_FILE_BYTES, readRateFile } from "@/lib/ledger/read-rate-file";

// The first lines of the real eurofxref-hist.csv, as the ECB publishes them.
const ECB = [
  "Date,USD,JPY,BGN,CYP,CZK,DKK,RUB,",
  "2022-03-02,1.1117,127.9,1.9558,N/A,25.448,7.4404,N/A,",
  "2022-03-01,1.1163,128.66,1.9558,N/A,25.455,7.4399,117.2855,",
  "2022-02-28,1.1216,129.03,1.9558,N/A,25.375,7.4401,N/A,",
  "",
].join("\n");

const problems = (result: ParseResult) => (result.ok ? [] : result.problems.map(describeProblem));

describe("parseEcbCsv", () => {
  it("reads the ECB's layout: trailing commas, newest first, N/A left out", () => {
    const result = parseEcbCsv(ECB);
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.value.currencies).toEqual(["USD", "JPY", "BGN", "CYP", "CZK", "DKK", "RUB"]);
    expect(result.value).toMatchObject({ rows: 3, firstDate: "2022-02-28", lastDate: "2022-03-02" });
    expect(result.value.rates.filter((r) => r.currency === "RUB")).toEqual([{ currency: "RUB", date: "2022-03-01", rate: "117.2855" }]);
    expect(result.value.rates.filter((r) => r.currency === "CYP")).toEqual([]);
    expect(result.value.rates).toContainEqual({ currency: "USD", date: "2022-03-02", rate: "1.1117" });
    expect(result.value.rates).toHaveLength(3 * 5 + 1);
  });

  it("reads Windows line breaks, a byte-order mark and lines without the trailing comma alike", () => {
    const result = parseEcbCsv("\uFEFFDate,USD,GBP,\r\n2026-11-27,1.05,0.83\r\n2026-11-26,1.06,0.84,\r\n");
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.value.rates).toHaveLength(4);
  });

  it("reports every malformed cell with its row and column and returns no rates", () => {
    const text = [
      "Date,USD,GBP,",
      "2026-11-27,1.05,0.83,",
      "2026-11-26,1,0524,0.84,",
      "2026-11-25,1.05,,",
      "2026-02-30,1.05,0.84,",
      "2026-11-24,-1.05,0.84,",
      "2026-11-23,0,1e3,",
      "2026-11-27,1.05,0.83,",
      "",
    ].join("\n");
    const result = parseEcbCsv(text);
    expect(result.ok).toBe(false);
    expect(problems(result)).toEqual([
      "Row 3, column 1: This row has 3 values; the header names 2 currencies.",
      expect.stringMatching(/^Row 4, column 3 \(GBP\): “” is not a rate/),
      "Row 5, column 1 (Date): “2026-02-30” is not a date (YYYY-MM-DD).",
      expect.stringMatching(/^Row 6, column 2 \(USD\): “-1.05” is not a rate/),
      expect.stringMatching(/^Row 7, column 2 \(USD\): “0” is not a rate/),
      expect.stringMatching(/^Row 7, column 3 \(GBP\): “1e3” is not a rate/),
      "Row 8, column 1 (Date): 2026-11-27 already appears in row 2.",
    ]);
  });

  it("refuses a header that is not the ECB's", () => {
    expect(problems(parseEcbCsv("Day,USD,\n2026-11-27,1.05,\n"))[0]).toMatch(/^Row 1, column 1 \(Day\): The first column must be “Date”/);
    expect(problems(parseEcbCsv("Date,USD,usd,EUR,USD,\n"))).toEqual([
      expect.stringMatching(/^Row 1, column 3 \(usd\): “usd” is not a currency code/),
      "Row 1, column 4 (EUR): EUR cannot have a rate against itself.",
      "Row 1, column 5 (USD): USD appears twice in the header.",
    ]);
    expect(problems(parseEcbCsv("Date,USD,\n"))[0]).toMatch(/no rows of rates/);
    expect(problems(parseEcbCsv(""))[0]).toMatch(/empty/);
  });

  it("stops listing after fifty problems and counts the rest", () => {
    const rows = Array.from({ length: 80 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, "0")},x,`);
    const result = parseEcbCsv(["Date,USD,", ...rows].join("\n"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(50);
    expect(result.more).toBeGreaterThan(30);
  });

  it("reads the demo file that ships with the project", () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../../prisma/demo/eurofxref-demo.csv"), "utf8");
    const result = parseEcbCsv(text);
    expect(problems(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.value.firstDate <= "2026-05-04").toBe(true);
    expect(result.value.lastDate >= "2026-11-20").toBe(true);
    expect(result.value.currencies).toEqual(expect.arrayContaining(["USD", "GBP", "DKK", "SEK", "NOK", "PLN", "CAD", "JPY", "CHF", "RUB"]));
    expect(result.value.rates.some((r) => r.currency === "RUB")).toBe(false);
  });
});

describe("readRateFile", () => {
  it("reads the CSV inside the ECB's .zip", () => {
    const zip = zipSync({ "eurofxref-hist.csv": strToU8(ECB) });
    expect(readRateFile(zip)).toEqual({ ok: true, text: ECB });
    expect(readRateFile(strToU8(ECB))).toEqual({ ok: true, text: ECB });
  });

  it("refuses a zip without exactly one CSV, a damaged zip, and text that is not UTF-8", () => {
    expect(readRateFile(zipSync({ "a.csv": strToU8(ECB), "b.csv": strToU8(ECB) }))).toMatchObject({ ok: false, message: /exactly one \.csv/ });
    expect(readRateFile(zipSync({ "rates.xml": strToU8("<x/>") }))).toMatchObject({ ok: false, message: /exactly one \.csv/ });
    const zip = zipSync({ "eurofxref-hist.csv": strToU8(ECB.repeat(50)) });
    expect(readRateFile(zip.subarray(0, zip.length / 2))).toMatchObject({ ok: false });
    expect(readRateFile(new Uint8Array([0x44, 0x61, 0xff, 0xfe]))).toMatchObject({ ok: false, message: /UTF-8/ });
  });

  // Building and inflating 10 MB takes a few seconds on a busy machine; the limit only guards against a hang.
  it("refuses files over the limit, including a small zip that inflates past it", { timeout: 60_000 }, () => {
    expect(readRateFile(new Uint8Array(MAX_RATE_FILE_BYTES + 1).fill(0x41))).toMatchObject({ ok: false, message: /larger than 5 MB/ });
    const bomb = zipSync({ "eurofxref-hist.csv": new Uint8Array(MAX_RATE_FILE_BYTES * 2).fill(0x41) }, { level: 1 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(readRateFile(bomb)).toMatchObject({ ok: false, message: /inside the \.zip is larger than 5 MB/ });
  });
});
