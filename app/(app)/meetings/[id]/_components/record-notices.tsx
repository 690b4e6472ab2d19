import { Alert } from "@/components/ui/alert";
import type { getMeeting } from "@/lib/dal/meetings";
import { formatDateTime } from "@/lib/format";

type Found = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** What staff must know first about where the record stands: a reviewer's request, an archive or retraction reason, an unpublished new version. */
export function RecordNotices({ meeting, revisionId, changesRequested }: { meeting: Found["meeting"]; revisionId: string; changesRequested: Found["changesRequested"] }) {
  const { state, publishedRevision } = meeting;
  return (
    <>
      {changesRequested ? <ChangesRequested request={changesRequested} /> : null}
      {state.publication === "archived" ? (
        <Alert tone="info">
          Archived: readers no longer see this readout. Reason: <span className="whitespace-pre-wrap">{meeting.archiveReason || "none given"}</span>
        </Alert>
      ) : null}
      {state.publication === "retracted" && publishedRevision?.retractedAt ? (
        <Alert tone="warning">
          Version {publishedRevision.number} was retracted on {formatDateTime(publishedRevision.retractedAt)}: readers of its link see this reason
          instead of the text. Reason: <span className="whitespace-pre-wrap">{publishedRevision.retractionReason}</span>
        </Alert>
      ) : null}
      {state.publication === "published" && meeting.publishedRevisionId !== revisionId ? (
        <Alert tone="info">This is a new version that viewers do not see yet: they read the published one until this is approved.</Alert>
      ) : null}
    </>
  );
}

/** The reviewer's comment that sent the record back, shown on the record and at the top of the edit form. */
export function ChangesRequested({ request }: { request: NonNullable<Found["changesRequested"]> }) {
  return (
    <Alert tone="warning">
      <p className="font-medium">
        Changes requested by {request.reviewer?.name ?? "a reviewer"} on version {request.revision.number} ({formatDateTime(request.createdAt)}):
      </p>
      <p className="mt-1 whitespace-pre-wrap">{request.comment}</p>
    </Alert>
  );
}
