/**
 * Whether a commitment recorded as new looks like an open pledge of the same
 * party, so the editor is asked once to link it or confirm it is new
 * (docs/decisions/0015-commitments-ledger.md, "Carrying pledges forward").
 */
export type ComparableTerms = {
  partyId: string | null;
  kind: string | null;
  description: string;
  amount: string | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
};

export const AMOUNT_TOLERANCE = 0.1;
export const WORD_OVERLAP = 0.5;

const STOP_WORDS = new Set(["the", "and", "for", "with", "from", "into", "its", "their", "new", "more", "of", "to", "in", "on", "a", "an"]);

/** Content words, lower case, a plural "s" dropped: "Air-defence interceptors" → {air, defence, interceptor}. */
export function contentWords(text: string): Set<string> {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
  return new Set(words);
}

/** Shared words over the words of the longer description, 0 to 1. */
export function wordOverlap(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  const longer = Math.max(left.size, right.size);
  if (longer === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / longer;
}

const within = (value: number, reference: number) => Math.abs(value - reference) <= AMOUNT_TOLERANCE * Math.abs(reference);

function similarSize(a: ComparableTerms, b: ComparableTerms): boolean {
  if (a.amount && b.amount && a.currency && a.currency === b.currency && within(Number(a.amount), Number(b.amount))) return true;
  const sameUnit = (a.unit ?? "").trim().toLowerCase() === (b.unit ?? "").trim().toLowerCase();
  return a.quantity !== null && b.quantity !== null && sameUnit && within(a.quantity, b.quantity);
}

/** Same party and kind, and an amount (or quantity of the same unit) within ±10% or half the words shared. */
export function looksLikeSamePledge(commitment: ComparableTerms, pledge: ComparableTerms): boolean {
  if (!commitment.partyId || commitment.partyId !== pledge.partyId || commitment.kind !== pledge.kind) return false;
  return similarSize(commitment, pledge) || wordOverlap(commitment.description, pledge.description) >= WORD_OVERLAP;
}
