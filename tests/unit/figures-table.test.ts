import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FiguresTable } from "@/components/ledger/figures-table";
import type { Figures } from "@/lib/ledger/figures";

const figures = (over: Partial<Figures>): Figures => ({
  pledges: 1, unrated: 0, undisclosed: 0, pledged: "0", allocated: "0", delivered: "0", outstanding: "0", originals: [], ...over,
});
const render = (f: Figures) =>
  renderToStaticMarkup(createElement(FiguresTable, { caption: "By party", groupLabel: "Party", currency: "EUR", rows: [{ key: "x", label: "Italy", figures: f }] }));

describe("the ledger's figures table", () => {
  it("shows no amount, not €0, for a group whose pledges state none", () => {
    const html = render(figures({ undisclosed: 1 }));
    expect(html).not.toContain("€0");
    expect(html).toContain("no amount");
  });

  it("shows the sums of a group with amounts, zeros included", () => {
    const html = render(figures({ pledged: "500000", outstanding: "500000" }));
    expect(html).toContain("€500,000");
    expect(html).toContain("€0");
    expect(html).not.toContain("no amount");
  });
});
