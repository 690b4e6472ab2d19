import { describe, expect, it } from "vitest";
import { readoutBodyHtml } from "@/lib/readouts/body-html";
import { fixtureDocument } from "../support/readout-fixture";

describe("the readout body made once as HTML", () => {
  it("escapes every recorded text, so nothing written in a field becomes markup", () => {
    const doc = fixtureDocument();
    const hostile = `<img src=x onerror="alert(1)"> & "quoted"`;
    const section = doc.commitments[0]!;
    const content = {
      ...doc,
      series: hostile,
      participants: [{ ...doc.participants[0]!, name: hostile }],
      commitments: [{ ...section, items: [{ ...section.items[0]!, party: hostile, description: hostile }] }],
    };
    const html = readoutBodyHtml(content);
    expect(html).not.toContain("<img");
    expect(html.match(/&#x3C;img src=x onerror="alert\(1\)"> &#x26; "quoted"/g)?.length).toBe(4);
  });

  it("keeps the page's hooks: the meeting's time for tests, ids that sources are linked by, and column names on phones", () => {
    const doc = fixtureDocument();
    const html = readoutBodyHtml(doc);
    expect(html).toContain(`data-testid="meeting-when"`);
    expect(html).toContain(`data-label="Pledged by"`);
    for (const s of doc.sources) expect(html).toContain(`id="source-${s.key}"`);
  });

  it("states the commitment cells' common classes once per table, not on every cell", () => {
    const doc = fixtureDocument();
    const html = readoutBodyHtml(doc);
    const cells = html.match(/<td data-label="[^"]*"[^>]*>/g) ?? [];
    expect(cells.length).toBe(doc.commitments.reduce((sum, s) => sum + s.items.length, 0) * 5);
    for (const cell of cells) expect(cell.length, cell).toBeLessThan(100);
    expect(html).toContain("max-sm:[&#x26;>tr>td]:before:content-[attr(data-label)]");
  });
});
