import { query } from "@/lib/cli/bench/database";
import { VOCABULARY } from "@/lib/cli/bench/vocabulary";
import { joinPublishedMeeting } from "@/lib/readouts/published";

export type SearchWord = { label: string; q: string; matches: number };

/**
 * The searches of issue 14 on this data: a rare word (found in a handful of
 * readouts), two words, a typo of a title word (found by trigrams only) and
 * the most common word.
 */
export async function searchWords(url: string): Promise<SearchWord[]> {
  const matches = async (q: string) => {
    const [row] = await query<{ n: string }>(
      url,
      `SELECT count(*) AS n FROM "Revision" r ${joinPublishedMeeting()} WHERE r."searchVector" @@ websearch_to_tsquery('english', $1)`,
      [q],
    );
    return Number(row!.n);
  };
  let rare = { q: VOCABULARY.at(-1)!, matches: 0 };
  for (const word of VOCABULARY.slice(-200).reverse()) {
    const n = await matches(word);
    if (n >= 3) {
      rare = { q: word, matches: n };
      break;
    }
  }
  const words = [
    { label: "rare word", ...rare },
    { label: "two words", q: "winter radar", matches: await matches("winter radar") },
    { label: "typo", q: "artilery", matches: await matches("artilery") },
    { label: "common word", q: "support", matches: await matches("support") },
  ];
  return words;
}
