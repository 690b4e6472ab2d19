import { humanize } from "@/lib/format";
import type { MeetingInput } from "@/lib/validation/meeting";

export type FieldChange = { field: string; before: string; after: string };
export type ItemChange = { key: string; label: string; fields: FieldChange[] };
export type ItemChanges = { added: ItemChange[]; removed: ItemChange[]; changed: ItemChange[]; reordered: boolean };
export type MeetingDiff = {
  fields: FieldChange[];
  participants: ItemChanges;
  discussions: ItemChanges;
  commitments: ItemChanges;
  sources: ItemChanges;
};

const MEETING_FIELDS = ["title", "series", "timeZone", "startsAt", "endsAt", "location", "format", "chair", "summary", "implications"] as const;
const LABELS: Record<string, string> = {
  timeZone: "Time zone",
  sourceKey: "Source",
  publishedOn: "Published on",
  url: "Address",
  startsAt: "Start",
  endsAt: "End",
  chair: "Chair or host",
  discussionKey: "Discussion",
  party: "Pledged by",
  pledge: "Updates pledge",
  dueDate: "Due",
  representative: "Represented by",
};
const label = (field: string) => LABELS[field] ?? humanize(field);

function compareFields<K extends string>(before: Record<K, unknown>, after: Record<K, unknown>, fields: readonly K[]): FieldChange[] {
  return fields
    .filter((f) => before[f] !== after[f])
    .map((f) => ({ field: label(f), before: String(before[f] ?? ""), after: String(after[f] ?? "") }));
}

function compareItems<T extends { key: string }>(
  before: T[],
  after: T[],
  describe: (item: T) => string,
): ItemChanges {
  const beforeByKey = new Map(before.map((i) => [i.key, i]));
  const afterKeys = new Set(after.map((i) => i.key));
  const fields = (item: T) => Object.keys(item).filter((k) => k !== "key") as (keyof T & string)[];
  const toChange = (item: T, changes: FieldChange[] = []): ItemChange => ({ key: item.key, label: describe(item), fields: changes });
  const kept = after.filter((i) => beforeByKey.has(i.key));
  const keptBefore = before.filter((i) => afterKeys.has(i.key));
  return {
    added: after.filter((i) => !beforeByKey.has(i.key)).map((i) => toChange(i)),
    removed: before.filter((i) => !afterKeys.has(i.key)).map((i) => toChange(i)),
    changed: kept
      .map((i) => toChange(i, compareFields(beforeByKey.get(i.key)! as Record<string, unknown>, i as Record<string, unknown>, fields(i))))
      .filter((c) => c.fields.length > 0),
    reordered: kept.some((item, index) => keptBefore[index]?.key !== item.key),
  };
}

/** "2026-10-14T11:00" at "+02:00" → "2026-10-14 11:00 (UTC+02:00)": local time with its offset. */
const readableTime = (local: string, offset: string) => `${local.replace("T", " ")}${offset ? ` (UTC${offset})` : ""}`;
const readableTimes = (m: MeetingInput) => ({
  ...m,
  startsAt: readableTime(m.startsAt, m.startsAtOffset),
  endsAt: m.endsAt ? readableTime(m.endsAt, m.endsAtOffset) : "",
});

/** What changed between two versions of a meeting, field by field and item by item. */
export function diffMeetings(before: MeetingInput, after: MeetingInput): MeetingDiff {
  const discussionTitle = new Map([...before.discussions, ...after.discussions].map((d) => [d.key, d.title]));
  const sourceTitle = new Map([...before.sources, ...after.sources].map((s) => [s.key, s.title]));
  const withDiscussionTitle = (c: MeetingInput["commitments"][number]) => ({
    ...c,
    discussionKey: c.discussionKey ? (discussionTitle.get(c.discussionKey) ?? "") : "",
    sourceKey: c.sourceKey ? (sourceTitle.get(c.sourceKey) ?? "") : "",
  });
  return {
    fields: compareFields(readableTimes(before), readableTimes(after), MEETING_FIELDS),
    participants: compareItems(before.participants, after.participants, (p) => p.name),
    discussions: compareItems(before.discussions, after.discussions, (d) => d.title),
    commitments: compareItems(
      before.commitments.map(withDiscussionTitle),
      after.commitments.map(withDiscussionTitle),
      (c) => `${c.party}: ${c.description}`,
    ),
    sources: compareItems(before.sources, after.sources, (s) => s.title),
  };
}

export function hasItemChanges(changes: ItemChanges): boolean {
  return changes.added.length > 0 || changes.removed.length > 0 || changes.changed.length > 0 || changes.reordered;
}

export function isEmptyDiff(diff: MeetingDiff): boolean {
  return diff.fields.length === 0 && ![diff.participants, diff.discussions, diff.commitments, diff.sources].some(hasItemChanges);
}
