import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CumulativeChart } from "@/components/ledger/charts/cumulative-chart";
import { figuresPath } from "@/lib/ledger/chart-rows";
import type { LedgerMonth } from "@/lib/ledger/figures";

// 158 months, as the benchmark's ledger has: from January 2014.
const months: LedgerMonth[] = Array.from({ length: 158 }, (_, i) => ({ month: new Date(Date.UTC(2014, i, 1)), pledged: (i + 1) * 1_000_000, delivered: i * 250_000 }));
const render = (m: LedgerMonth[]) =>
  renderToStaticMarkup(createElement(CumulativeChart, { id: "chart-time", title: "Over time, EUR", months: m, currency: "EUR", tableHref: figuresPath({ series: "UDCG" }, "months") }));

describe("the ledger's cumulative chart", () => {
  it("draws a bounded number of markers and links to its figures instead of carrying them", () => {
    const html = render(months);
    expect(html.match(/<circle/g)).toHaveLength(13);
    expect(html.match(/<rect/g)).toHaveLength(13);
    expect(html).not.toContain("<table");
    expect(html).toContain('href="/ledger/figures?series=UDCG#months"');
    expect(html).toContain("From Jan 2014 to Feb 2027, 158 months. By Feb 2027: €158,000,000 pledged and €39,250,000 delivered in all.");
    expect(html.length).toBeLessThan(16_000); // 56 KB with a marker pair and a description per month, 178 KB with the table
  });

  it("marks every month of a short ledger", () => {
    const html = render(months.slice(0, 5));
    expect(html.match(/<circle/g)).toHaveLength(5);
  });
});
