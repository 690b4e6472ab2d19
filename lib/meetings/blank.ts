import { DEFAULT_NUMBER_FORMAT } from "@/lib/amounts/read-amount";
import type { MeetingInput } from "@/lib/validation/meeting";

type Participant = MeetingInput["participants"][number];
type Discussion = MeetingInput["discussions"][number];
type Commitment = MeetingInput["commitments"][number];

export const blankMeeting = (): MeetingInput => ({
  title: "",
  series: "",
  startsAt: "",
  endsAt: "",
  location: "",
  format: "in_person",
  chair: "",
  summary: "",
  implications: "",
  participants: [],
  discussions: [],
  commitments: [],
  numberFormat: DEFAULT_NUMBER_FORMAT,
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
  source: "",
});

export function moveItem<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
