import type { Instant, ReadoutDocument } from "@/lib/readouts/document";
import { permanentLink, readoutPath } from "@/lib/readouts/paths";
import type { ReadoutListItem } from "@/lib/dal/readouts";

/** The public shape of a list entry in the JSON API (docs/api.md). */
export function readoutSummaryJson(item: ReadoutListItem) {
  return {
    id: item.meetingId,
    title: item.title,
    series: item.series,
    startsAt: item.startsAt.toISOString(),
    location: item.location,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    url: permanentLink(readoutPath(item.meetingId)),
  };
}

/** The public shape of one readout in the JSON API (docs/api.md), from its document. */
export function readoutJson(doc: ReadoutDocument) {
  const at = (instant: Instant | null) => instant?.iso ?? null;
  return {
    id: doc.meetingId,
    version: doc.version,
    url: permanentLink(doc.permalink),
    publishedAt: at(doc.approvedAt),
    firstPublishedAt: at(doc.firstPublishedAt),
    updatedAt: at(doc.updatedAt),
    corrections: doc.corrections.map((c) => ({ version: c.version, date: c.date.iso, note: c.note })),
    title: doc.title,
    series: doc.series,
    startsAt: doc.startsAt.iso,
    endsAt: at(doc.endsAt),
    timeZone: doc.timeZone,
    hasTime: doc.hasTime,
    location: doc.location,
    format: doc.format,
    chair: doc.chair,
    summary: doc.summary.source,
    implications: doc.implications.source,
    participants: doc.participants.map(({ name, kind, attendance, representative }) => ({ name, kind, attendance, representative })),
    sources: doc.sources.map((s) => ({ number: s.number, title: s.title, publisher: s.publisher, publishedOn: s.publishedOn?.iso ?? null, url: s.url || null })),
    discussions: doc.discussions.map((d) => ({ number: d.number, title: d.title, topic: d.topic, notes: d.notes.source, outcome: d.outcome })),
    commitments: doc.commitments
      .flatMap((section) => section.items)
      .sort((a, b) => a.position - b.position)
      .map((c) => ({
        party: c.party,
        kind: c.kind,
        description: c.description,
        amount: c.money?.amount ?? null,
        amountUndisclosed: c.undisclosed !== null,
        currency: c.money?.currency ?? c.undisclosed?.currency ?? null,
        amountText: c.money?.text ?? null,
        quantity: c.quantity?.value ?? null,
        unit: c.quantity?.unit ?? null,
        quantityText: c.quantity?.text ?? null,
        dueDate: c.due?.iso ?? null,
        status: c.status,
        source: c.source?.number ?? null,
        discussion: c.discussion?.number ?? null,
      })),
    totals: doc.commitments.flatMap((section) => section.totals.map((t) => ({ kind: section.kind, amount: t.amount, currency: t.currency, text: t.text }))),
  };
}
