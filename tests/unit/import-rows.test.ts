import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/ledger/import-columns";
import { readImportFile } from "@/lib/ledger/import-rows";

const HEADER = IMPORT_COLUMNS.join(",");
const row = (cells: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) => IMPORT_COLUMNS.map((c) => cells[c] ?? "").join(",");
const pledge = (over: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {}) =>
  row({ type: "pledge", ref: "a", party: "Norway", kind: "financial", description: "Grant", amount: "1000", currency: "EUR", announced_on: "2026-09-12", source: "Statement", ...over });
const event = (over: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {}) =>
  row({ type: "event", pledge: "a", kind: "partly_delivered", amount: "100", as_of: "2026-10-01", source: "Report", ...over });
const file = (...rows: string[]) => [HEADER, ...rows].join("\n");

describe("reading an import file", () => {
  it("reads pledge and event rows into normalised values", () => {
    const read = readImportFile(file(pledge({ amount: '"2,500,000.50"', currency: "usd" }), event({ pledge: "P-12", source_url: "https://example.org/a b" })));
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({ type: "pledge", row: 2, amount: "2500000.50", currency: "USD", announcedOn: "2026-09-12", instrument: null });
    expect(read.rows[1]).toMatchObject({ type: "event", row: 3, pledge: { number: 12 }, event: { kind: "partly_delivered", amount: "100", asOf: "2026-10-01", sourceUrl: "https://example.org/a%20b" } });
  });

  it.each([
    [pledge({ announced_on: "2026-02-30" }), "announced_on"],
    [pledge({ announced_on: "12/09/2026" }), "announced_on"],
    [pledge({ due_date: "2026-01-01" }), "due_date"],
    [pledge({ amount: "1.234" }), "amount"],
    [pledge({ amount: '"1,2,3"' }), "amount"],
    [pledge({ amount: "1e6" }), "amount"],
    [pledge({ currency: "EUD" }), "currency"],
    [pledge({ currency: "" }), "currency"],
    [pledge({ kind: "loan" }), "kind"],
    [pledge({ instrument: "gift" }), "instrument"],
    [pledge({ party: "" }), "party"],
    [pledge({ ref: "" }), "ref"],
    [pledge({ as_of: "2026-10-01" }), "as_of"],
    [pledge({ quantity: "2.5" }), "quantity"],
    [event({ kind: "pledged" }), "kind"],
    [event({ as_of: "2099-01-01" }), "as_of"],
    [event({ as_of: "2026-13-01" }), "as_of"],
    [event({ amount: "", quantity: "" }), "amount"],
    [event({ source_url: "javascript:alert(1)" }), "source_url"],
    [event({ pledge: "" }), "pledge"],
    [event({ pledge: "P-x" }), "pledge"],
    [event({ description: "Stray" }), "description"],
    [row({ type: "promise" }), "type"],
  ])("reports %s at its row and column %s", (line, column) => {
    const read = readImportFile(file(pledge({ ref: "first" }), line));
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems.every((p) => p.row === 3)).toBe(true);
    expect(read.problems.map((p) => p.column)).toContain(column);
    expect(read.rows).toHaveLength(1);
  });

  it("refuses unknown columns, a bad CSV and too many rows as a whole", () => {
    expect(readImportFile("type,colour\npledge,red").problems[0]!.message).toMatch(/Unknown column: colour/);
    expect(readImportFile(`${HEADER}\n"unterminated`).problems[0]!.message).toMatch(/not valid CSV/);
    const many = readImportFile(file(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => pledge({ ref: `r${i}` }))));
    expect(many.rows).toEqual([]);
    expect(many.problems[0]!.message).toMatch(/more than 2,000 rows/);
    expect(readImportFile("").problems[0]!.message).toMatch(/empty/);
  });

  it("reads columns in any order and leaves out those no row fills", () => {
    const read = readImportFile("source,type,ref,party,kind,description,announced_on\nS,pledge,x,Norway,other,Help,2026-01-05");
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({ ref: "x", amount: null, currency: null, source: "S" });
  });
});
