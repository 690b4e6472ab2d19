import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/current-user";
import { getMeeting, listSeries } from "@/lib/dal/meetings";
import { listPartyOptions } from "@/lib/dal/parties";
import { toFormValues } from "@/lib/meetings/form-values";
import { checkMove, editBlocked } from "@/lib/workflow/meeting-workflow";
import { can } from "@/lib/auth/permissions";
import { listItemComments } from "@/lib/dal/item-comments";
import { ItemCommentsProvider, RemovedItemComments } from "../../_components/item-comments";
import { MeetingForm } from "../../_components/meeting-form";
import { ChangesRequested } from "../_components/record-notices";

export const metadata: Metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("update:meeting:any");
  const found = await getMeeting((await params).id);
  if (!found) notFound();
  const { meeting, revision, contributorIds, labels, changesRequested } = found;
  const editable = checkMove("edit", { state: meeting.state, user, contributorIds }).ok;
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
      {changesRequested ? <ChangesRequested request={changesRequested} /> : null}
      {meeting.state.publication === "published" && meeting.state.workingCopy === "none" ? (
        <Alert tone="info">
          This record is published. Saving starts a new draft; viewers keep reading the published version until the new one is
          approved.
        </Alert>
      ) : null}
      {editable ? (
        <ItemCommentsProvider value={{ comments: await listItemComments(meeting.id), canResolve: can(user, "resolve:comment:any"), canReopen: can(user, "review:meeting:any") }}>
          <RemovedItemComments presentKeys={[...revision.participants, ...revision.discussions, ...revision.commitments].map((item) => item.key)} />
          <MeetingForm
            meetingId={meeting.id}
            version={meeting.version}
            initial={toFormValues(revision, labels)}
            seriesOptions={await listSeries()}
            partyOptions={await listPartyOptions()}
          />
        </ItemCommentsProvider>
      ) : (
        <Alert tone="warning">{editBlocked(meeting.state) ?? "This record cannot be edited now."}</Alert>
      )}
    </div>
  );
}
