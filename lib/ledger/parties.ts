import english from "i18n-iso-countries/langs/en.json";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { normalizePartyName } from "@/lib/ledger/normalize-party";

/**
 * The parties every database starts with (written into it by the data
 * migration prisma/migrations/20261128200100_ledger_data, generated from this
 * list by lib/cli/generate-ledger-data.ts): ISO 3166-1 countries with the
 * English names of `i18n-iso-countries`, a short list of organisations, and
 * one party for "several allies" when a source names none.
 */
export type PartyRecord = { kind: PartyKind; name: string; code: string | null; slug: string; aliases: string[] };

export const UKRAINE_CODE = "UA";

// The package's first English name is sometimes the formal one; readers know these better.
const DISPLAY_NAMES: Record<string, string> = {
  CI: "Côte d'Ivoire",
  CN: "China",
  CZ: "Czechia",
  FM: "Micronesia",
  GM: "Gambia",
  IR: "Iran",
  LA: "Laos",
  MD: "Moldova",
  MK: "North Macedonia",
  PS: "Palestine",
  RU: "Russia",
  SY: "Syria",
  TW: "Taiwan",
  TZ: "Tanzania",
  US: "United States",
  VA: "Holy See",
  VG: "British Virgin Islands",
  VI: "United States Virgin Islands",
  BN: "Brunei",
};

// Names sources use that the package lacks: short forms, demonyms, capitals standing for governments.
const COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ["Britain", "the UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland", "the British", "London"],
  US: ["the US", "the USA", "America", "United States of America", "the Americans", "Washington"],
  NL: ["Holland", "the Dutch", "Kingdom of the Netherlands", "The Hague"],
  CZ: ["Czechia", "Czech Republic"],
  TR: ["Turkey", "Türkiye", "Republic of Türkiye"],
  KR: ["South Korea", "Republic of Korea", "Korea", "ROK"],
  KP: ["DPRK", "Democratic People's Republic of Korea"],
  DE: ["Federal Republic of Germany", "the Germans", "Berlin"],
  FR: ["French Republic", "the French", "Paris"],
  PL: ["Republic of Poland", "the Poles", "Warsaw"],
  UA: ["Kyiv", "Kiev"],
  CA: ["the Canadians", "Ottawa"],
  NO: ["the Norwegians", "Oslo"],
  IT: ["Italian Republic", "Rome"],
  DK: ["Copenhagen"],
  SE: ["Stockholm"],
  FI: ["Helsinki"],
  JP: ["Tokyo"],
  CD: ["DR Congo", "DRC", "Congo-Kinshasa"],
  CG: ["Congo-Brazzaville"],
  MK: ["Macedonia"],
  MM: ["Burma"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde", "Cabo Verde"],
  TL: ["East Timor"],
  AE: ["Emirates"],
  VA: ["Vatican", "Vatican City"],
  MD: ["Republic of Moldova"],
};

const ORGANISATIONS: { name: string; code: string; aliases: string[] }[] = [
  { name: "NATO", code: "NATO", aliases: ["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "OTAN"] },
  {
    name: "European Union",
    code: "EU",
    aliases: ["EU", "the EU", "European Commission", "Council of the European Union", "European Peace Facility"],
  },
  { name: "European Investment Bank", code: "EIB", aliases: ["EIB"] },
  { name: "European Bank for Reconstruction and Development", code: "EBRD", aliases: ["EBRD"] },
  {
    name: "World Bank",
    code: "WBG",
    aliases: ["World Bank Group", "IBRD", "International Bank for Reconstruction and Development"],
  },
  { name: "International Monetary Fund", code: "IMF", aliases: ["IMF"] },
  { name: "United Nations", code: "UN", aliases: ["UN", "the UN", "U.N."] },
  { name: "UNHCR", code: "UNHCR", aliases: ["UN Refugee Agency", "United Nations High Commissioner for Refugees"] },
  { name: "UNICEF", code: "UNICEF", aliases: ["United Nations Children's Fund"] },
  { name: "World Food Programme", code: "WFP", aliases: ["WFP", "World Food Program"] },
  { name: "UNDP", code: "UNDP", aliases: ["United Nations Development Programme"] },
  { name: "International Committee of the Red Cross", code: "ICRC", aliases: ["ICRC", "Red Cross"] },
  { name: "OSCE", code: "OSCE", aliases: ["Organization for Security and Co-operation in Europe", "Organisation for Security and Co-operation in Europe"] },
  { name: "OECD", code: "OECD", aliases: ["Organisation for Economic Co-operation and Development"] },
  { name: "G7", code: "G7", aliases: ["G-7", "Group of Seven"] },
  { name: "G20", code: "G20", aliases: ["G-20", "Group of Twenty"] },
  { name: "Council of Europe Development Bank", code: "CEB", aliases: ["CEB"] },
];

export const SEVERAL_PARTIES: PartyRecord = {
  kind: "group",
  name: "Several parties (not named)",
  code: null,
  slug: "several-parties",
  aliases: [
    "Several parties (not named)",
    "several parties",
    "several allies",
    "numerous allies",
    "many allies",
    "allies",
    "partners",
    "several partners",
    "international partners",
    "several countries",
    "several members",
    "several donors",
    "other donors",
    "unnamed parties",
    "not named",
  ],
};

/** "Côte d'Ivoire" → "cote-divoire": the party's address in /ledger/parties/[slug]. */
export function slugify(name: string): string {
  return normalizePartyName(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function countries(): PartyRecord[] {
  return Object.entries(english.countries).map(([code, names]) => {
    const all = typeof names === "string" ? [names] : names;
    const name = DISPLAY_NAMES[code] ?? all[0]!;
    return { kind: "country", name, code, slug: slugify(name), aliases: [name, ...all, ...(COUNTRY_ALIASES[code] ?? [])] };
  });
}

function organisations(): PartyRecord[] {
  return ORGANISATIONS.map(({ name, code, aliases }) => ({
    kind: "organisation",
    name,
    code,
    slug: slugify(name),
    aliases: [name, code, ...aliases],
  }));
}

/**
 * Every party with its aliases, each alias normalised to a text that means
 * exactly one party. A name two parties share in the package ("Congo") is
 * left out, since it would be a guess.
 */
export function partyList(): PartyRecord[] {
  const parties = [...countries(), ...organisations(), SEVERAL_PARTIES];
  const owners = new Map<string, Set<string>>();
  for (const party of parties) {
    for (const alias of party.aliases) {
      const key = normalizePartyName(alias);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(party.name);
    }
  }
  return parties.map((party) => {
    const seen = new Set<string>();
    const aliases = party.aliases.filter((alias) => {
      const key = normalizePartyName(alias);
      if (!key || seen.has(key) || owners.get(key)!.size > 1) return false;
      seen.add(key);
      return true;
    });
    return { ...party, aliases };
  });
}
