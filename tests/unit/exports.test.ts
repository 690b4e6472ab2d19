import { describe, expect, it } from "vitest";
import { commitmentsCsv, type CsvCommitment } from "@/lib/readouts/export-csv";
import { readoutMarkdown } from "@/lib/readouts/export-markdown";
import { fixtureDocument } from "../support/readout-fixture";

describe("Markdown export", () => {
  it("holds every part of the readout, with totals, publication dates and escaped table cells", () => {
    const md = readoutMarkdown(fixtureDocument(), "https://readout.example/readouts/m/versions/3");
    expect(md).toMatch(/^# Test \\\| meeting/);
    expect(md).toContain("- **Version:** 3 (https://readout.example/readouts/m/versions/3)");
    expect(md).toContain("- **First published:** 16 Oct 2026");
    expect(md).toContain("- **Updated:** 20 Oct 2026");
    expect(md).toContain("### 1. Military aid");
    expect(md).toContain("**Outcome:** Agreed");
    expect(md).toContain("| Poland | Grant \\| fund | €100.50 | 1 Dec 2026 | Pledged |");
    expect(md).toContain("| **Total** | | **€1,000,100.50** | | |");
    expect(md).toContain("| United Kingdom | Launchers | £250,000; 12 launchers | — | Pledged |");
    expect(md).toContain("## Implications\n\n- Deterrence");
  });
});

describe("CSV export", () => {
  const row = (over: Record<string, unknown>) => ({
    meetingTitle: "M",
    meetingDay: "2026-10-14",
    version: 1,
    party: "Poland",
    kind: "military",
    description: "Shells, 155 mm",
    amount: null,
    currency: null,
    quantity: 5,
    unit: "rounds",
    dueDate: null,
    status: "pledged",
    source: null,
    ...over,
  }) as unknown as CsvCommitment;

  it("quotes commas and neutralises spreadsheet formulas", () => {
    const csv = commitmentsCsv([row({}), row({ party: "=HYPERLINK(\"http://evil\")", description: "@SUM(A1)" })]);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe("Meeting,Meeting date,Version,Pledged by,Kind,Description,Amount,Currency,Quantity,Unit,Due,Status,Source,Source address");
    expect(lines[1]).toBe('M,2026-10-14,1,Poland,military,"Shells, 155 mm",,,5,rounds,,pledged,,');
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[2]).toContain("'@SUM(A1)");
  });
});
