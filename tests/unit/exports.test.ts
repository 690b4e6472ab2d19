import { describe, expect, it } from "vitest";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { commitmentsCsv, type CsvCommitment } from "@/lib/readouts/export-csv";
import { readoutMarkdown } from "@/lib/readouts/export-markdown";

// Only the fields the exports read; the rest of a stored revision does not matter here.
const revision = {
  number: 3,
  title: "Test | meeting",
  series: "UDCG",
  startsAt: new Date("2026-10-14T09:00:00Z"),
  endsAt: null,
  timeZone: "UTC",
  hasTime: true,
  sources: [],
  location: "Brussels",
  format: "hybrid",
  chair: "",
  summary: "A **summary**.",
  implications: "- Deterrence",
  participants: [{ name: "Poland", kind: "country", attendance: "in_person", representative: "" }],
  discussions: [{ id: "d1", title: "Military aid", topic: "military_aid", notes: "Notes", outcome: "Agreed" }],
  commitments: [
    { discussionId: "d1", party: "Poland", kind: "financial", description: "Grant | fund", amount: "100.5", currency: "EUR", quantity: null, unit: null, dueDate: new Date("2026-12-01"), status: "pledged", sourceId: null },
    { discussionId: null, party: "Poland", kind: "financial", description: "Second", amount: "0.5", currency: "EUR", quantity: null, unit: null, dueDate: null, status: "delivered", sourceId: null },
  ],
} as unknown as RevisionWithItems;

describe("Markdown export", () => {
  it("holds every part of the readout, with totals and escaped table cells", () => {
    const md = readoutMarkdown(revision, "https://readout.example/readouts/m/versions/3");
    expect(md).toMatch(/^# Test \| meeting/);
    expect(md).toContain("- **Version:** 3 (https://readout.example/readouts/m/versions/3)");
    expect(md).toContain("### 1. Military aid");
    expect(md).toContain("**Outcome:** Agreed");
    expect(md).toContain("| Poland | Grant \\| fund | €100.50 | 1 Dec 2026 | Pledged |");
    expect(md).toContain("| **Total** | | **€101** | | |");
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
