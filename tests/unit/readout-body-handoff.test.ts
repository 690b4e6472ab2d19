import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReadoutBody } from "@/components/readout/readout-body";
import { readoutBodyHtml } from "@/lib/readouts/body-html";
import { fixtureDocument } from "../support/readout-fixture";

describe("the readout page's body handed off to the HTML render", () => {
  const content = fixtureDocument();

  it("is not in what the server components pass on (the RSC payload), only a key", () => {
    const element = ReadoutBody({ content, handOff: { source: "/readouts/m1/versions/2" } });
    const props = JSON.stringify(element.props);
    expect(props).not.toContain("data-label");
    expect(props).not.toContain(content.commitments[0]!.items[0]!.description);
    expect((element.props as { handoff: string }).handoff).toMatch(/^[0-9a-f-]{36}$/);
    // Reached by the client router, it reads exactly this version's body, whatever is current now.
    expect((element.props as { source: string }).source).toBe("/readouts/m1/versions/2");
  });

  it("is in the HTML rendered from it, as the body made once per revision", () => {
    const html = renderToStaticMarkup(ReadoutBody({ content, handOff: { source: "/readouts/m1/versions/2" } }));
    expect(html).toContain(readoutBodyHtml(content));
    expect(html).toContain("data-readout-body");
  });

  it("is sent whole where it is not handed off (staff pages)", () => {
    const element = ReadoutBody({ content });
    expect(JSON.stringify(element.props)).toContain("data-label");
  });
});
