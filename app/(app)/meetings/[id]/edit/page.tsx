import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/current-user";
import { getMeeting, listSeries } from "@/lib/dal/meetings";
import { listPartyOptions } from "@/lib/dal/parties";
import { toFormValues } from "@/lib/meetings/form-values";
import { checkMove, EDIT_BLOCKED } from "@/lib/workflow/meeting-workflow";
import { MeetingForm } from "../../_components/meeting-form";

export const metadata: Metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("update:meeting:any");
  const found = await getMeeting((await params).id);
  if (!found) notFound();
  const { meeting, revision, contributorIds, labels } = found;
  const editable = checkMove("edit", { status: meeting.status, user, contributorIds }).ok;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/meetings/${meeting.id}`} className="text-brand-700 hover:underline">
            ← Back to the meeting
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">Edit: {revision.title}</h1>
        <p className="text-sm text-slate-600">Editing version {meeting.version}. Fields marked * are required; times are in the meeting&rsquo;s time zone.</p>
      </div>
      {meeting.status === "published" ? (
        <Alert tone="info">
          This record is published. Saving starts a new draft; viewers keep reading the published version until the new one is
          approved.
        </Alert>
      ) : null}
      {editable ? (
        <MeetingForm
          meetingId={meeting.id}
          version={meeting.version}
          initial={toFormValues(revision, labels)}
          seriesOptions={await listSeries()}
          partyOptions={await listPartyOptions()}
        />
      ) : (
        <Alert tone="warning">{EDIT_BLOCKED[meeting.status]}</Alert>
      )}
    </div>
  );
}
