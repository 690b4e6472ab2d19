import { DEFAULT_NUMBER_FORMAT } from "@/lib/amounts/read-amount";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import type { MeetingInput as MeetingFormValues } from "@/lib/validation/meeting";

/** "2026-10-14T09:00" in UTC, as a datetime-local field shows it. */
export const toLocalInput = (date: Date) => date.toISOString().slice(0, 16);

/** Names of the parties and numbers of the pledges a revision's commitments point to. */
export type LedgerLabels = { partyNames: Record<string, string>; pledgeNumbers: Record<string, number> };

/** A stored revision as the values of the meeting form. */
export function toFormValues(revision: RevisionWithItems, labels: LedgerLabels): MeetingFormValues {
  const discussionKeys = new Map(revision.discussions.map((d) => [d.id, d.key]));
  return {
    title: revision.title,
    series: revision.series,
    startsAt: toLocalInput(revision.startsAt),
    endsAt: revision.endsAt ? toLocalInput(revision.endsAt) : "",
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
      source: c.source,
    })),
  };
}
