import { formatDate, formatDateTime, humanize } from "@/lib/format";
import { measureReadout } from "@/lib/markdown/bounds";
import { parseProse, type Prose } from "@/lib/markdown/prose";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { formatMoney, formatQuantity, formatUndisclosed } from "@/lib/money";
import { groupCommitments } from "@/lib/readouts/group-commitments";
import { readoutPath } from "@/lib/readouts/paths";
import { sourceHref } from "@/lib/meetings/source-link";
import { formatMeetingWhen, meetingIsoDay } from "@/lib/time/format";

// One readout, render-ready: every figure formatted once and every Markdown
// field parsed once. The page, Markdown, PDF, CSV, JSON and the feed are thin
// renderers of it (docs/decisions/0021-one-readout-document.md).

/** An instant as ISO 8601 (RFC 3339, UTC), as people read it, and its day as people read it. */
export type Instant = { iso: string; text: string; day: string };
/** A calendar day as YYYY-MM-DD and as people read it. */
export type Day = { iso: string; text: string };
export type Money = { amount: string; currency: string; text: string };
export type Quantity = { value: number; unit: string | null; text: string };
/** Money pledged without a sum: "undisclosed (EUR)". */
export type Undisclosed = { currency: string | null; text: string };

export type CommitmentLine = {
  id: string;
  /** Where it stands among the revision's commitments as recorded (sections regroup them by kind). */
  position: number;
  party: string;
  kind: string;
  description: string;
  money: Money | null;
  undisclosed: Undisclosed | null;
  quantity: Quantity | null;
  /** Money (or "undisclosed") and quantity in one cell ("€1,000; 5 rounds"), or "—". */
  size: string;
  due: Day | null;
  status: string;
  statusLabel: string;
  /** The source that backs it, by its number in the sources list. */
  source: { number: number; key: string; title: string } | null;
  discussion: { number: number; title: string } | null;
};

/** A source the record rests on, numbered as commitments cite it; `href` only for an http(s) address. */
export type SourceLine = { id: string; key: string; number: number; title: string; publisher: string; publishedOn: Day | null; url: string; href: string | null };

/** The commitments of one kind, with a total per currency. */
export type CommitmentSection = { kind: string; label: string; items: CommitmentLine[]; totals: Money[] };

/** What a revision holds, formatted: the same for every reader, so cached per revision id. */
export type ReadoutContent = {
  revisionId: string;
  version: number;
  title: string;
  series: string;
  startsAt: Instant;
  endsAt: Instant | null;
  /** The zone the meeting's times were given in (IANA name). */
  timeZone: string;
  /** False when only the day was given. */
  hasTime: boolean;
  /** The meeting's day in its own zone, YYYY-MM-DD. */
  day: string;
  /** "15 Jan 2026, 10:00 CET (09:00 UTC) – 11:00 CET (10:00 UTC)", or days only. */
  when: string;
  location: string;
  format: string;
  formatLabel: string;
  chair: string;
  summary: Prose;
  implications: Prose;
  participants: { name: string; kind: string; kindLabel: string; attendance: string; attendanceLabel: string; representative: string }[];
  discussions: { id: string; number: number; title: string; topic: string; topicLabel: string; notes: Prose; outcome: string }[];
  commitmentCount: number;
  commitments: CommitmentSection[];
  sources: SourceLine[];
};

export type Correction = { version: number; date: Instant; note: string };

/** When and where this version was published; changes as later versions are approved. */
export type Publication = {
  meetingId: string;
  /** The permanent link of this version, as a path (callers add READOUT_URL's origin). */
  permalink: string;
  /** The day this version was approved. */
  approvedAt: Instant | null;
  /** The first approval of any version of the readout. */
  firstPublishedAt: Instant | null;
  /** This version's approval when it corrects an earlier one, else null. */
  updatedAt: Instant | null;
  /** Each published version after the first, up to this one (notes are empty until they are recorded). */
  corrections: Correction[];
};

export type ReadoutDocument = ReadoutContent & Publication;

export const instant = (date: Date): Instant => ({ iso: date.toISOString(), text: formatDateTime(date), day: formatDate(date) });
const day = (date: Date): Day => ({ iso: date.toISOString().slice(0, 10), text: formatDate(date) });
const money = (amount: { toString(): string }, currency: string): Money => ({ amount: amount.toString(), currency, text: formatMoney(amount, currency) });
const lower = (value: string) => humanize(value).toLowerCase();

/** Formats and parses one revision: the expensive part of every rendering. */
export function readoutContent(revision: RevisionWithItems): ReadoutContent {
  const measures = measureReadout(revision);
  const discussions = revision.discussions.map((d, i) => ({
    id: d.id,
    number: i + 1,
    title: d.title,
    topic: d.topic,
    topicLabel: humanize(d.topic),
    notes: parseProse(d.notes, measures.notes[i]),
    outcome: d.outcome,
  }));
  const byId = new Map(discussions.map((d) => [d.id, { number: d.number, title: d.title }]));
  const sources = revision.sources.map((s, i): SourceLine => ({
    id: s.id,
    key: s.key,
    number: i + 1,
    title: s.title,
    publisher: s.publisher,
    publishedOn: s.publishedOn ? day(s.publishedOn) : null,
    url: s.url,
    href: sourceHref(s.url),
  }));
  const sourcesById = new Map(sources.map((s) => [s.id, { number: s.number, key: s.key, title: s.title }]));
  const positions = new Map(revision.commitments.map((c, i) => [c.id, i]));
  const startsAt = instant(revision.startsAt);
  const endsAt = revision.endsAt ? instant(revision.endsAt) : null;
  return {
    revisionId: revision.id,
    version: revision.number,
    title: revision.title,
    series: revision.series,
    startsAt,
    endsAt,
    timeZone: revision.timeZone,
    hasTime: revision.hasTime,
    day: meetingIsoDay(revision),
    when: formatMeetingWhen(revision),
    location: revision.location,
    format: revision.format,
    formatLabel: lower(revision.format),
    chair: revision.chair,
    summary: parseProse(revision.summary, measures.summary),
    implications: parseProse(revision.implications, measures.implications),
    participants: revision.participants.map((p) => ({
      name: p.name,
      kind: p.kind,
      kindLabel: humanize(p.kind),
      attendance: p.attendance,
      attendanceLabel: humanize(p.attendance),
      representative: p.representative,
    })),
    discussions,
    commitmentCount: revision.commitments.length,
    commitments: groupCommitments(revision.commitments).map((group) => ({
      kind: group.kind,
      label: humanize(group.kind),
      totals: group.totals.map((t) => money(t.amount, t.currency)),
      items: group.items.map((c): CommitmentLine => {
        const cash = c.amount !== null && c.currency ? money(c.amount, c.currency) : null;
        const undisclosed = c.amountUndisclosed ? { currency: c.currency, text: formatUndisclosed(c.currency) } : null;
        const quantity = c.quantity !== null ? { value: c.quantity, unit: c.unit, text: formatQuantity(c.quantity, c.unit) } : null;
        return {
          id: c.id,
          position: positions.get(c.id)!,
          party: c.party,
          kind: c.kind,
          description: c.description,
          money: cash,
          undisclosed,
          quantity,
          size: [cash?.text, undisclosed?.text, quantity?.text].filter(Boolean).join("; ") || "—",
          due: c.dueDate ? day(c.dueDate) : null,
          status: c.status,
          statusLabel: humanize(c.status),
          source: c.sourceId ? (sourcesById.get(c.sourceId) ?? null) : null,
          discussion: c.discussionId ? (byId.get(c.discussionId) ?? null) : null,
        };
      }),
    })),
    sources,
  };
}

/** The published versions of a readout (any order), as the version list reads them; `note` is the correction note, once recorded. */
export type PublishedVersion = { number: number; approvedAt: Date | null; note?: string };

/** The publication facts of one version, from the approvals of every published version. */
export function publication(meetingId: string, version: number, versions: PublishedVersion[]): Publication {
  const approved = versions.filter((v): v is PublishedVersion & { approvedAt: Date } => v.approvedAt !== null).sort((a, b) => a.number - b.number);
  const first = approved[0];
  const own = approved.find((v) => v.number === version);
  const corrections = approved.filter((v) => first && v.number > first.number && v.number <= version).map((v) => ({ version: v.number, date: instant(v.approvedAt), note: v.note ?? "" }));
  return {
    meetingId,
    permalink: readoutPath(meetingId, version),
    approvedAt: own ? instant(own.approvedAt) : null,
    firstPublishedAt: first ? instant(first.approvedAt) : null,
    updatedAt: own && first && own.number !== first.number ? instant(own.approvedAt) : null,
    corrections,
  };
}

export function readoutDocument(content: ReadoutContent, facts: Publication): ReadoutDocument {
  return { ...content, ...facts };
}

