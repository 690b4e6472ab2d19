import type { Metadata } from "next";
import { readoutPath } from "@/lib/readouts/paths";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingBody } from "@/components/meeting/meeting-body";
import { StatusBadge } from "@/components/status-badge";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { getMeeting } from "@/lib/dal/meetings";
import { formatDateTime } from "@/lib/format";
import { availableMoves, checkMove } from "@/lib/workflow/meeting-workflow";
import { Activity } from "./_components/activity";
import { ItemCommentsPanel } from "./_components/item-comments-panel";
import { RecordNotices } from "./_components/record-notices";
import { WorkflowPanel } from "./_components/workflow-panel";

export const metadata: Metadata = { title: "Meeting" };

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireUser("read:meeting:any");
  const found = await getMeeting((await params).id);
  if (!found) notFound();
  const { meeting, revision, contributorIds, changesRequested } = found;
  const saved = Number((await searchParams).saved);
  const publishedBefore = meeting.firstPublishedAt !== null;
  const context = { state: meeting.state, user, contributorIds, publishedBefore };
  const moves = availableMoves(context);
  const approval = checkMove("approve", context);
  return (
    <div className="space-y-6">
      {saved === meeting.version ? <Alert tone="success">Saved as version {saved}.</Alert> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{revision.title}</h1>
          <p className="mt-1 flex items-center gap-2 text-sm text-slate-600">
            <StatusBadge state={meeting.state} />
            Version {meeting.version}, saved {formatDateTime(revision.createdAt)}
            {revision.editor ? ` by ${revision.editor.name}` : ""}
          </p>
        </div>
        <div className="no-print flex gap-2">
          {moves.includes("edit") ? <ButtonLink href={`/meetings/${meeting.id}/edit`}>Edit</ButtonLink> : null}
          <ButtonLink variant="secondary" href={`/meetings/${meeting.id}/history`}>
            History
          </ButtonLink>
          {meeting.publishedRevisionId ? (
            <ButtonLink variant="secondary" href={readoutPath(meeting.id)}>
              Published readout
            </ButtonLink>
          ) : null}
        </div>
      </div>
      <RecordNotices meeting={meeting} revisionId={revision.id} changesRequested={changesRequested} />
      <WorkflowPanel
        meetingId={meeting.id}
        version={meeting.version}
        moves={moves}
        ownRecord={!approval.ok && approval.reason === "own_record"}
        publishedBefore={publishedBefore}
        correctionNote={revision.correctionNote}
      />
      <ItemCommentsPanel user={user} meeting={meeting} revision={revision} contributorIds={contributorIds} />
      <MeetingBody revision={revision} />
      <Activity meetingId={meeting.id} />
      <p className="no-print text-sm">
        <Link href="/meetings" className="text-brand-700 hover:underline">
          ← All meetings
        </Link>
      </p>
    </div>
  );
}
