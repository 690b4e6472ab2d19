import { humanize } from "@/lib/format";
import { DUPLICATE_FIELD } from "@/lib/meetings/same-day-keys";

const LISTS: Record<string, string> = { participants: "Participant", discussions: "Discussion", commitments: "Commitment", sources: "Source" };
const NAMES: Record<string, string> = {
  startsAt: "Start",
  endsAt: "End",
  startsAtOffset: "Start",
  endsAtOffset: "End",
  timeZone: "Time zone",
  chair: "Chair or host",
  discussionKey: "Part of discussion",
  dueDate: "Due",
  pledge: "Pledge it updates",
  party: "Pledged by",
  name: "Name",
  representative: "Represented by",
  amountUndisclosed: "Amount undisclosed",
  numberFormat: "Amounts are written as",
  sourceKey: "Source",
  publishedOn: "Published on",
  url: "Address",
  [DUPLICATE_FIELD]: "Possible duplicate",
};

/** "commitments.3.amount" → "Commitment 4: Amount"; "sources.1.title" → "Source 2: Title". */
export function describeField(path: string): string {
  const [first = "", index, field] = path.split(".");
  const name = (key: string) => NAMES[key] ?? humanize(key);
  if (LISTS[first] && index !== undefined && /^\d+$/.test(index)) return `${LISTS[first]} ${Number(index) + 1}: ${name(field ?? "")}`;
  return name(first);
}

// Shown in full in a box of their own beside the field: the summary only points there.
const POINTERS: Record<string, string> = {
  [DUPLICATE_FIELD]: "records of the same series and day exist; open them, then confirm below if this is a different meeting.",
};

/** What the error summary says of a field's problems. */
export const summaryMessage = (path: string, messages: string[]): string => POINTERS[path] ?? messages.join(" ");
