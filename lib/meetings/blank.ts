import { DEFAULT_NUMBER_FORMAT } from "@/lib/amounts/read-amount";
import { organisationTimeZone } from "@/lib/time/zones";
import type { MeetingInput } from "@/lib/validation/meeting";

type Participant = MeetingInput["participants"][number];
type Discussion = MeetingInput["discussions"][number];
type Commitment = MeetingInput["commitments"][number];
type Source = MeetingInput["sources"][number];

export const blankMeeting = (timeZone = organisationTimeZone()): MeetingInput => ({
  title: "",
  series: "",
  timeZone,
  startsAt: "",
  startsAtOffset: "",
  endsAt: "",
  endsAtOffset: "",
  location: "",
  format: "in_person",
  chair: "",
  summary: "",
  implications: "",
  participants: [],
  discussions: [],
  commitments: [],
  numberFormat: DEFAULT_NUMBER_FORMAT,
  sources: [],
  confirmDuplicate: false,
});

export const blankParticipant = (): Participant => ({
  key: crypto.randomUUID(),
  name: "",
  kind: "country",
  attendance: "in_person",
  representative: "",
});

export const blankDiscussion = (): Discussion => ({
  key: crypto.randomUUID(),
  title: "",
  topic: "military_aid",
  notes: "",
  outcome: "",
});

export const blankCommitment = (): Commitment => ({
  key: crypto.randomUUID(),
  discussionKey: "",
  party: "",
  recipient: "",
  kind: "financial",
  instrument: "",
  description: "",
  amount: "",
  amountUndisclosed: false,
  currency: "",
  quantity: "",
  unit: "",
  dueDate: "",
  announcement: "new",
  pledge: "",
  confirmNew: false,
  sourceKey: "",
});

export const blankSource = (): Source => ({ key: crypto.randomUUID(), title: "", publisher: "", publishedOn: "", url: "" });

export function moveItem<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
