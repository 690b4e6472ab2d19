/** A record of the same series and day, as the save's warning links to it. */
export type SameDayRecord = { id: string; title: string; day: string };

/** Field-error keys the form reads to show the warning and the records it links to. */
export const DUPLICATE_FIELD = "confirmDuplicate";
export const DUPLICATE_RECORDS = "confirmDuplicate.similar";

/** The records a refused save named; entries that cannot be read are skipped. */
export function readSameDayRecords(entries: string[] | undefined): SameDayRecord[] {
  return (entries ?? []).flatMap((entry) => {
    try {
      const value = JSON.parse(entry) as Partial<SameDayRecord>;
      return typeof value.id === "string" && typeof value.title === "string" && typeof value.day === "string" ? [value as SameDayRecord] : [];
    } catch {
      return [];
    }
  });
}
