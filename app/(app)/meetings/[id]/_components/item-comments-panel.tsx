import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listItemComments } from "@/lib/dal/item-comments";
import type { MeetingState } from "@/lib/workflow/meeting-workflow";
import type { RevisionWithItems } from "@/lib/meetings/revision-items";
import { checkMove } from "@/lib/workflow/meeting-workflow";
import { ItemComment } from "../../_components/item-comments";
import { AddItemCommentForm, OverrideApproveForm, type ItemOption } from "./item-comment-forms";

function itemOptions(revision: RevisionWithItems): ItemOption[] {
  return [
    ...revision.participants.map((p) => ({ value: `participant:${p.key}`, label: p.name, group: "Participants" })),
    ...revision.discussions.map((d) => ({ value: `discussion:${d.key}`, label: d.title, group: "Discussions" })),
    ...revision.commitments.map((c) => ({ value: `commitment:${c.key}`, label: `${c.party}: ${c.description}`.slice(0, 120), group: "Commitments" })),
  ];
}

/** Reviewers' comments on single items: where reviewers add them, and anyone on staff sees and resolves them. */
export async function ItemCommentsPanel({
  user,
  meeting,
  revision,
  contributorIds,
}: {
  user: CurrentUser;
  meeting: { id: string; state: MeetingState; version: number; firstPublishedAt: Date | null };
  revision: RevisionWithItems;
  contributorIds: string[];
}) {
  const comments = await listItemComments(meeting.id);
  const context = { state: meeting.state, user, contributorIds, comment: "x" };
  const mayComment = checkMove("request_changes", context).ok;
  const open = comments.filter((c) => !c.resolvedAt).length;
  if (comments.length === 0 && !mayComment) return null;
  return (
    <section aria-labelledby="item-comments" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="item-comments" className="font-semibold">
        Comments on items {comments.length ? <span className="font-normal text-slate-600">({open} open)</span> : null}
      </h2>
      {comments.length ? (
        <ul className="space-y-2">
          {comments.map((c) => (
            <ItemComment key={c.id} comment={c} showItem canResolve={can(user, "resolve:comment:any")} canReopen={can(user, "review:meeting:any")} />
          ))}
        </ul>
      ) : null}
      {mayComment ? <AddItemCommentForm meetingId={meeting.id} items={itemOptions(revision)} /> : null}
      <OverrideApproveForm
        meetingId={meeting.id}
        version={meeting.version}
        openIds={comments.filter((c) => !c.resolvedAt).map((c) => c.id)}
        available={open > 0 && checkMove("approve", context).ok}
        correctionNote={meeting.firstPublishedAt ? (revision.correctionNote ?? "") : null}
      />
    </section>
  );
}
