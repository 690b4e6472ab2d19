import { MeetingTable } from "@/components/meeting-table";
import { StatusBadge } from "@/components/status-badge";
import type { MeetingListItem } from "@/lib/dal/meetings";
import { formatMeetingDay } from "@/lib/time/format";

/** Meetings with where each stands; a record sent back shows the reviewer's comment under its title. */
export function MeetingList({ items, label }: { items: MeetingListItem[]; label: string }) {
  const rows = items.map((m) => ({
    id: m.id,
    title: m.title,
    detail: (
      <>
        {m.series}
        {m.changeRequest ? (
          <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">
            <span className="font-medium">{m.changeRequest.reviewerName ?? "A reviewer"}:</span> {m.changeRequest.comment}
          </p>
        ) : null}
      </>
    ),
    date: formatMeetingDay(m),
    status: <StatusBadge state={m.state} />,
    editorName: m.editorName,
  }));
  return <MeetingTable caption={label} statusHeading="Status" rows={rows} />;
}
