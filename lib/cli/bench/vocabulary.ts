// Words for the benchmark's generated readouts. Real words of the field come
// first and are drawn most often; invented words after them are drawn rarely,
// so a search finds common words in most readouts and rare ones in a handful.

const FIELD_WORDS = `support ukraine defence air training delivery ammunition winter partners funding equipment
  artillery armoured vehicles maintenance logistics capability coalition package production industry
  shells drones radar missiles interceptors launchers spare parts repair depot engineers medical fuel
  generators energy grid demining humanitarian shelter reconstruction financing loan grant guarantee
  budget procurement contract framework agreement timeline schedule allocation transfer shipment
  border rail corridor port storage security cyber satellite communications intelligence coordination
  command brigade battalion instructors course pilots aircraft helicopters naval coastal patrol boats
  mines sensors counter battery electronic warfare jamming protection bunkers trenches fortification
  ministers envoys delegation secretariat working group roadmap milestone review audit oversight
  transparency reporting tracking pledge commitment disbursement tranche instalment multiyear facility
  fund trust window mechanism joint venture licence factory assembly components supply chain steel
  explosives propellant barrels tubes calibre rounds howitzers mortars rifles optics vests helmets
  ambulances hospitals surgeons evacuation rehabilitation prosthetics water heating transformers
  substations turbines cables diesel convoys trucks trailers tankers bridges roads airfields hangars
  simulators manuals interoperability standards certification testing acceptance warranty sustainment`
  .split(/\s+/)
  .filter(Boolean);

const ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "st", "t", "tr", "v", "z"];
const VOWELS = ["a", "e", "i", "o", "u", "ae", "io"];
const CODAS = ["", "n", "r", "l", "s", "k", "m", "nd", "st"];

/** Invented words, each different, in a fixed order (no randomness, so every load has the same vocabulary). */
function inventedWords(count: number): string[] {
  const words = new Set<string>();
  for (let i = 0; words.size < count; i++) {
    const pick = <T>(list: T[], salt: number) => list[(i * salt + (i >> 3)) % list.length]!;
    words.add(`${pick(ONSETS, 7)}${pick(VOWELS, 3)}${pick(ONSETS, 11)}${pick(VOWELS, 5)}${pick(CODAS, 13)}${i % 5 === 0 ? pick(VOWELS, 2) + "n" : ""}`);
  }
  return [...words];
}

/** Every word, most common first. */
export const VOCABULARY: string[] = [...FIELD_WORDS, ...inventedWords(1800)];

/** Words for titles (a subset of the field words). */
export const TITLE_WORDS = FIELD_WORDS.slice(0, 60);

export const SERIES = [
  "Ukraine Defense Contact Group",
  "Nordic-Baltic Eight",
  "Weimar Triangle",
  "G7 Finance Track",
  "Energy Ministers",
  "Humanitarian Coordination",
  "Air Defence Coalition",
  "Drone Coalition",
  "Demining Coalition",
  "Armoured Capability Coalition",
  "Maritime Security Coalition",
  "IT Coalition",
  "Artillery Coalition",
  "Reconstruction Platform",
  "Donor Coordination Platform",
  "Defence Industry Forum",
  "Training Mission Board",
  "Medical Support Group",
  "Logistics Hub Review",
  "Sanctions Working Group",
];
