/** A pledge number from a route or form ("12", or "P-12" as people write it); null for anything else. */
export function parsePledgeNumber(raw: unknown): number | null {
  const match = /^(?:P-)?(\d{1,9})$/i.exec(String(raw ?? "").trim());
  const value = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(value) && value >= 1 ? value : null;
}
