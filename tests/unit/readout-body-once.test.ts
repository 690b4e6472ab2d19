import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ReadoutArticle } from "@/components/readout/readout-article";
import { cachedReadoutContent } from "@/lib/readouts/content-cache";
import { publication, readoutDocument } from "@/lib/readouts/document";
import { FIXTURE_REVISION, FIXTURE_VERSIONS } from "../support/readout-fixture";

// Counts how often a body is serialised to HTML.
const serialised = vi.hoisted(() => ({ count: 0 }));
vi.mock("hast-util-to-html", async (importOriginal) => {
  const actual = await importOriginal<typeof import("hast-util-to-html")>();
  const toHtml: typeof actual.toHtml = (tree, options) => {
    serialised.count += 1;
    return actual.toHtml(tree, options);
  };
  return { ...actual, toHtml };
});

describe("the readout page's body", () => {
  it("is made once per cached revision, although each view makes a new document from it", () => {
    const view = () => {
      // As getReadoutDocument does for each request.
      const content = cachedReadoutContent(FIXTURE_REVISION);
      const document = readoutDocument(content, publication("meeting-fixture", FIXTURE_REVISION.number, FIXTURE_VERSIONS));
      return renderToStaticMarkup(createElement(ReadoutArticle, { document, content, isLatest: true, versions: FIXTURE_VERSIONS }));
    };
    const first = view();
    serialised.count = 0;
    const second = view();
    expect(second).toBe(first);
    expect(second).toContain(`data-label="Pledged by"`);
    expect(serialised.count).toBe(0);
  });
});
