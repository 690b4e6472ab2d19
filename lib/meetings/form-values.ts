import { DEFAULT_NUMBER_FORMAT } from "@/lib/amounts/read-amount";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { currentZoneName, toLocalTime } from "@/lib/time/zones";
import type { MeetingInput as MeetingFormValues } from "@/lib/validation/meeting";

/** A stored start or end as the form shows it: the wall-clock time in the meeting's zone, or the day alone. */
function toLocalInput(date: Date, revision: Pick<RevisionWithItems, "timeZone" | "hasTime">) {
  return revision.hasTime ? toLocalTime(date, revision.timeZone) : { local: date.toISOString().slice(0, 10), offset: "" };
}

/** Names of the parties and numbers of the pledges a revision's commitments point to. */
export type LedgerLabels = { partyNames: Record<string, string>; pledgeNumbers: Record<string, number> };

/** A stored revision as the values of the meeting form. */
export function toFormValues(revision: RevisionWithItems, labels: LedgerLabels): MeetingFormValues {
  const discussionKeys = new Map(revision.discussions.map((d) => [d.id, d.key]));
  const sourceKeys = new Map(revision.sources.map((s) => [s.id, s.key]));
  const start = toLocalInput(revision.startsAt, revision);
  const end = revision.endsAt ? toLocalInput(revision.endsAt, revision) : { local: "", offset: "" };
  return {
    title: revision.title,
    series: revision.series,
    // A record saved under an old name ("Europe/Kiev") shows the name the picker lists.
    timeZone: currentZoneName(revision.timeZone) ?? revision.timeZone,
    startsAt: start.local,
    startsAtOffset: start.offset,
    endsAt: end.local,
    endsAtOffset: end.offset,
    location: revision.location,
    format: revision.format,
    chair: revision.chair,
    summary: revision.summary,
    implications: revision.implications,
    participants: revision.participants.map(({ key, name, kind, attendance, representative }) => ({ key, name, kind, attendance, representative })),
    discussions: revision.discussions.map(({ key, title, topic, notes, outcome }) => ({ key, title, topic, notes, outcome })),
    // Stored amounts are plain decimals ("2500000.5"), which read the same in this format.
    numberFormat: DEFAULT_NUMBER_FORMAT,
    commitments: revision.commitments.map((c) => ({
      key: c.key,
      discussionKey: c.discussionId ? (discussionKeys.get(c.discussionId) ?? "") : "",
      party: c.party,
      recipient: c.recipientId ? (labels.partyNames[c.recipientId] ?? "") : "",
      kind: c.kind,
      instrument: c.instrument ?? "",
      description: c.description,
      amount: c.amount?.toString() ?? "",
      amountUndisclosed: c.amountUndisclosed,
      currency: c.currency ?? "",
      quantity: c.quantity?.toString() ?? "",
      unit: c.unit ?? "",
      dueDate: c.dueDate ? c.dueDate.toISOString().slice(0, 10) : "",
      announcement: c.announcement,
      pledge: c.announcement !== "new" && c.pledgeId && labels.pledgeNumbers[c.pledgeId] ? `P-${labels.pledgeNumbers[c.pledgeId]}` : "",
      confirmNew: false,
      sourceKey: c.sourceId ? (sourceKeys.get(c.sourceId) ?? "") : "",
    })),
    sources: revision.sources.map(({ key, title, publisher, publishedOn, url }) => ({
      key,
      title,
      publisher,
      publishedOn: publishedOn ? publishedOn.toISOString().slice(0, 10) : "",
      url,
    })),
    confirmDuplicate: false,
  };
}
