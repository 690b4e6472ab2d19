// Wall-clock times in a named time zone and the instants they name, with
// Intl's time-zone data only (no offset tables of our own). See
// docs/decisions/0023-meeting-time-zones-and-sources.md.

/** The organisation's time zone: new meetings start in it (READOUT_TIME_ZONE). */
export const DEFAULT_TIME_ZONE = "Europe/Brussels";

// ICU (Node 20) still calls these zones by their old names; IANA renamed them.
// The picker lists, and a meeting stores, the current name.
const RENAMED: Record<string, string> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/** The name Intl resolves a zone to ("Europe/Kyiv" → "Europe/Kiev" in older ICU), or null when Intl refuses it. */
function resolveZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The current IANA name of a zone Intl accepts, old names and links included
 * ("Europe/Kiev", "Asia/Calcutta", "Etc/UTC" → "Europe/Kyiv", "Asia/Kolkata", "UTC");
 * null for anything else. Abbreviations such as "CET" or "EST" are refused:
 * Intl maps them to one city's rules, which is not what a person writing them means.
 */
export function currentZoneName(name: string): string | null {
  if (name !== "UTC" && !name.includes("/")) return null;
  const resolved = resolveZone(name);
  if (resolved === null) return null;
  return RENAMED[resolved] ?? resolved;
}

/** An IANA time-zone name Intl knows ("Europe/Brussels", "Europe/Kyiv", "UTC"); abbreviations such as "CET" are refused. */
export const isTimeZone = (name: string): boolean => currentZoneName(name) !== null;

/** Every zone name the form offers, by its current name (Europe/Kyiv, not Europe/Kiev). */
export const timeZoneNames = (): string[] =>
  [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone").map((zone) => RENAMED[zone] ?? zone)])].sort();

export function organisationTimeZone(env: Record<string, string | undefined> = process.env): string {
  const zone = env.READOUT_TIME_ZONE?.trim() || DEFAULT_TIME_ZONE;
  const current = currentZoneName(zone);
  if (current === null) throw new Error(`READOUT_TIME_ZONE must be an IANA time-zone name such as Europe/Brussels (it is "${zone}").`);
  return current;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in minutes (+60 for CET). */
export function offsetAt(zone: string, instant: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** +60 → "+01:00", -210 → "-03:30". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** What a wall-clock time names in a zone: one instant, none (skipped by a clock change) or two (repeated by one). */
export type LocalTimeReading =
  | { kind: "exact"; instant: Date; offset: string }
  | { kind: "gap" }
  | { kind: "ambiguous"; choices: { instant: Date; offset: string }[] };

/**
 * Reads "2026-03-29T02:30" as a wall-clock time in `zone`. The candidates are
 * the offsets in force a day either side; a candidate counts when the zone
 * really has that offset at the instant it gives. Clock changes are at least
 * days apart, so this finds every reading.
 */
export function readLocalTime(local: string, zone: string): LocalTimeReading | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  if (Number.isNaN(wall)) return null;
  const offsets = new Set([offsetAt(zone, wall - DAY), offsetAt(zone, wall), offsetAt(zone, wall + DAY)]);
  const choices = [...offsets]
    .filter((offset) => offsetAt(zone, wall - offset * MINUTE) === offset)
    .sort((a, b) => b - a)
    .map((offset) => ({ instant: new Date(wall - offset * MINUTE), offset: formatOffset(offset) }));
  if (choices.length === 0) return { kind: "gap" };
  if (choices.length === 1) return { kind: "exact", ...choices[0]! };
  return { kind: "ambiguous", choices };
}

/** The wall-clock time "YYYY-MM-DDTHH:mm" an instant shows in `zone`, and the offset then. */
export function toLocalTime(instant: Date, zone: string): { local: string; offset: string } {
  const offset = offsetAt(zone, instant.getTime());
  return { local: new Date(instant.getTime() + offset * MINUTE).toISOString().slice(0, 16), offset: formatOffset(offset) };
}
