import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { readoutPath } from "@/lib/readouts/paths";
import type { ReadoutListItem } from "@/lib/dal/readouts";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The public shape of a list entry in the JSON API (docs/api.md). */
export function readoutSummaryJson(item: ReadoutListItem, origin: string) {
  return {
    id: item.meetingId,
    title: item.title,
    series: item.series,
    startsAt: item.startsAt.toISOString(),
    location: item.location,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    url: new URL(readoutPath(item.meetingId), origin).toString(),
  };
}

/** The public shape of one readout in the JSON API (docs/api.md). */
export function readoutJson(meetingId: string, publishedAt: Date | null, r: RevisionWithItems, origin: string) {
  const discussionIndex = new Map(r.discussions.map((d, i) => [d.id, i + 1]));
  const sourceIndex = new Map(r.sources.map((s, i) => [s.id, i + 1]));
  return {
    id: meetingId,
    version: r.number,
    url: new URL(readoutPath(meetingId, r.number), origin).toString(),
    publishedAt: publishedAt?.toISOString() ?? null,
    title: r.title,
    series: r.series,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    timeZone: r.timeZone,
    hasTime: r.hasTime,
    location: r.location,
    format: r.format,
    chair: r.chair,
    summary: r.summary,
    implications: r.implications,
    participants: r.participants.map(({ name, kind, attendance, representative }) => ({ name, kind, attendance, representative })),
    sources: r.sources.map((s, i) => ({ number: i + 1, title: s.title, publisher: s.publisher, publishedOn: day(s.publishedOn), url: s.url || null })),
    discussions: r.discussions.map((d, i) => ({ number: i + 1, title: d.title, topic: d.topic, notes: d.notes, outcome: d.outcome })),
    commitments: r.commitments.map((c) => ({
      party: c.party,
      kind: c.kind,
      description: c.description,
      amount: c.amount?.toString() ?? null,
      currency: c.currency,
      quantity: c.quantity,
      unit: c.unit,
      dueDate: day(c.dueDate),
      status: c.status,
      source: c.sourceId ? (sourceIndex.get(c.sourceId) ?? null) : null,
      discussion: c.discussionId ? (discussionIndex.get(c.discussionId) ?? null) : null,
    })),
  };
}
