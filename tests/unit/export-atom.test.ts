import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { atomFeed, xmlText, type AtomEntry } from "@/lib/readouts/export-atom";
import { readoutFeedEntry } from "@/lib/readouts/feed-entry";
import { fixtureDocument } from "../support/readout-fixture";

/** Parses a whole document with a strict, conformant XML parser; returns the texts of each element by name. */
function parseXml(xml: string): Map<string, string[]> {
  const parser = new SaxesParser({ xmlns: true });
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => open.push({ name: tag.local, text: "" }));
  parser.on("text", (text) => {
    if (open.length) open[open.length - 1]!.text += text;
  });
  parser.on("cdata", (text) => {
    if (open.length) open[open.length - 1]!.text += text;
  });
  parser.on("closetag", () => {
    const element = open.pop()!;
    texts.set(element.name, [...(texts.get(element.name) ?? []), element.text]);
  });
  parser.write(xml).close();
  return texts;
}

const HOSTILE = [
  "Breaks out ]]><script>alert(1)</script><![CDATA[",
  "<script>alert(1)</script>",
  "Fish & chips < > \" '",
  "Not a character: \uFFFF and \uFFFE",
  "A NUL \u0000 and a bell \u0007 and an escape \u001b",
  "A lone surrogate \uD800 and another \uDC00 here",
  "Kept: tab\t, Київ, emoji 🇺🇦 and a pair \uD83D\uDE00",
];

const entry = (title: string, i: number): AtomEntry => ({
  id: `https://readout.example/readouts/${i}`,
  link: `https://readout.example/readouts/${i}?a=1&b="2"`,
  title,
  updated: new Date("2026-10-14T09:00:00Z"),
  summary: `UDCG. ${title}`,
});

describe("the Atom feed", () => {
  it("stays well-formed XML whatever the titles and summaries hold", () => {
    const xml = atomFeed({
      id: "https://readout.example/readouts",
      title: "Readout: published readouts",
      link: "https://readout.example/readouts",
      self: "https://readout.example/readouts/feed.atom",
      updated: new Date("2026-10-14T09:00:00Z"),
      entries: HOSTILE.map(entry),
    });
    const texts = parseXml(xml);
    expect(texts.get("title")).toEqual([
      "Readout: published readouts",
      "Breaks out ]]><script>alert(1)</script><![CDATA[",
      "<script>alert(1)</script>",
      "Fish & chips < > \" '",
      "Not a character:  and ",
      "A NUL  and a bell  and an escape ",
      "A lone surrogate  and another  here",
      "Kept: tab\t, Київ, emoji 🇺🇦 and a pair \uD83D\uDE00",
    ]);
    expect(texts.get("summary")).toHaveLength(HOSTILE.length);
    expect(texts.get("entry")).toHaveLength(HOSTILE.length);
    expect(xml).not.toContain("<script>");
  });

  it("escapes markup and drops what XML forbids, in one function", () => {
    expect(xmlText(`a & b <c> "d" 'e'`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
    expect(xmlText("x\u0000\u0008\u000b\u000c\u001f\uFFFE\uFFFF\uD800y")).toBe("xy");
    expect(xmlText("\t\n\r\u0020\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}")).toBe("\t\n\r\u0020\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF}");
  });
});

describe("a readout's feed entry", () => {
  it("names the readout, not the version, and carries the correction note when there is one", () => {
    const doc = fixtureDocument();
    const plain = readoutFeedEntry(doc, "");
    expect(plain).toMatchObject({ id: "urn:readout:readout:meeting-fixture", link: "/readouts/meeting-fixture/versions/3", summary: undefined });
    expect(plain.published?.toISOString()).toBe("2026-10-16T08:00:00.000Z");
    expect(plain.updated.toISOString()).toBe("2026-10-20T15:45:00.000Z");

    const noted = readoutFeedEntry({ ...doc, corrections: [{ ...doc.corrections[0]!, note: "The German total was corrected." }] }, "https://readout.example");
    expect(noted.id).toBe(plain.id);
    expect(noted.summary).toBe("Corrected in version 3: The German total was corrected.");
    const texts = parseXml(atomFeed({ id: "urn:readout:readouts", title: "t", link: "/readouts", self: "/readouts/feed.atom", updated: noted.updated, entries: [noted] }));
    expect(texts.get("summary")).toEqual(["Corrected in version 3: The German total was corrected."]);
    expect(texts.get("content")![0]).toContain("<td>€1,000,000</td>");
  });
});
