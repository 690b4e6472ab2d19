import { MeetingTable } from "@/components/meeting-table";
import type { QueueItem } from "@/lib/dal/review-queue";
import { formatDate, formatDateTime } from "@/lib/format";
import { waitingFor } from "@/lib/meetings/waiting";

/** The records waiting for review, with how long each has waited since it was submitted. */
export function QueueTable({ items, now, caption = "Records waiting for review" }: { items: QueueItem[]; now: Date; caption?: string }) {
  const rows = items.map((m) => ({
    id: m.id,
    title: m.title,
    detail: `${m.series} · version ${m.version}${m.isPublished ? " · a published version exists" : ""}`,
    date: formatDate(m.startsAt),
    status: m.submittedAt ? <span title={`Submitted ${formatDateTime(m.submittedAt)}`} className="whitespace-nowrap">{waitingFor(m.submittedAt, now)}</span> : "—",
    editorName: m.editorName,
  }));
  return <MeetingTable caption={caption} statusHeading="Waiting" rows={rows} />;
}
