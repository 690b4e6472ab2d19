import { describe, expect, it } from "vitest";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { partyList, slugify } from "@/lib/ledger/parties";

const parties = partyList();
const index = new Map(parties.flatMap((p) => p.aliases.map((alias) => [normalizePartyName(alias), p.name] as const)));
const match = (text: string) => index.get(normalizePartyName(text));

describe("normalising a party's name", () => {
  it.each([
    ["United Kingdom", "united kingdom"],
    ["  The   U.K. ", "uk"],
    ["the Netherlands", "netherlands"],
    ["Côte d’Ivoire", "cote divoire"],
    ["Türkiye", "turkiye"],
    ["Guinea-Bissau", "guinea bissau"],
    ["Trinidad & Tobago", "trinidad and tobago"],
    ["ＵＳＡ", "usa"],
    ["Theland", "theland"],
    ["!!!", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizePartyName(text)).toBe(expected);
  });
});

describe("matching a name to a party through its aliases", () => {
  it.each([
    ["UK", "United Kingdom"],
    ["Britain", "United Kingdom"],
    ["Great Britain", "United Kingdom"],
    ["United Kingdom of Great Britain and Northern Ireland", "United Kingdom"],
    ["the U.K.", "United Kingdom"],
    ["US", "United States"],
    ["U.S.A.", "United States"],
    ["America", "United States"],
    ["United States of America", "United States"],
    ["the Dutch", "Netherlands"],
    ["Holland", "Netherlands"],
    ["The Netherlands", "Netherlands"],
    ["Czech Republic", "Czechia"],
    ["Czechia", "Czechia"],
    ["Turkey", "Türkiye"],
    ["Turkiye", "Türkiye"],
    ["South Korea", "South Korea"],
    ["Republic of Korea", "South Korea"],
    ["Ivory Coast", "Côte d'Ivoire"],
    ["EU", "European Union"],
    ["the EU", "European Union"],
    ["North Atlantic Treaty Organization", "NATO"],
    ["IMF", "International Monetary Fund"],
    ["several allies", "Several parties (not named)"],
    ["Numerous allies", "Several parties (not named)"],
    ["partners", "Several parties (not named)"],
    ["germany", "Germany"],
    ["Ukraine", "Ukraine"],
  ])("%j is %j", (text, party) => {
    expect(match(text)).toBe(party);
  });

  it("knows no party for an unknown name, nor for one two countries share", () => {
    expect(match("Atlantis")).toBeUndefined();
    expect(match("Congo")).toBeUndefined();
    expect(match("Democratic Republic of the Congo")).toBe("Democratic Republic of the Congo");
  });

  it("gives every ISO country a party with its alpha-2 code, and every party a unique slug and name", () => {
    const countries = parties.filter((p) => p.kind === "country");
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.every((p) => /^[A-Z]{2}$/.test(p.code ?? ""))).toBe(true);
    expect(new Set(parties.map((p) => p.slug)).size).toBe(parties.length);
    expect(new Set(parties.map((p) => p.code).filter(Boolean)).size).toBe(parties.filter((p) => p.code).length);
    for (const party of parties) expect(match(party.name)).toBe(party.name);
  });

  it("never lets one text name two parties", () => {
    const owners = new Map<string, string>();
    for (const party of parties) {
      for (const alias of party.aliases) {
        const key = normalizePartyName(alias);
        expect(owners.get(key) ?? party.name, `“${alias}”`).toBe(party.name);
        owners.set(key, party.name);
      }
    }
  });

  it("makes addresses from names", () => {
    expect(slugify("Côte d'Ivoire")).toBe("cote-divoire");
    expect(slugify("Several parties (not named)")).toBe("several-parties-not-named");
  });
});
