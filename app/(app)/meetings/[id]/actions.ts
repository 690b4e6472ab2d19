"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/dal/authorize";
import { AppError, failure, runAction, type ActionResult } from "@/lib/errors";
import { addComment } from "@/lib/meetings/comments";
import { isTransitionMove, transitionMeeting, type TransitionMove } from "@/lib/meetings/transition-meeting";
import { parseWholeNumber } from "@/lib/validation/parse";
import { MOVES } from "@/lib/workflow/meeting-workflow";

const DONE = {
  submit: "Submitted for review. Reviewers have been notified.",
  withdraw: "Withdrawn from review; the record is a draft again.",
  approve: "Approved and published. Viewers now see this version.",
  request_changes: "Sent back to the editors with your comment.",
  discard: "Draft discarded.",
  archive: "Archived. Viewers no longer see this readout.",
  restore: "Restored. Viewers see the published readout again.",
  retract: "Retracted. Readers of its link see the notice with your reason instead of the text.",
} satisfies Record<TransitionMove, string>;

export async function transitionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const meetingId = String(formData.get("meetingId") ?? "");
  const move = String(formData.get("move") ?? "");
  const version = parseWholeNumber(String(formData.get("version") ?? ""), 1);
  if (!isTransitionMove(move)) return failure(new AppError("invalid_input", "Unknown action."));
  if (version === null) return failure(new AppError("invalid_input", "The form could not be read. Reload the page and try again."));
  return runAction(async () => {
    const actor = await authorize(MOVES[move].permission);
    const to = await transitionMeeting(actor, meetingId, move, {
      version,
      comment: String(formData.get("comment") ?? ""),
      override: String(formData.get("override") ?? ""),
      overriddenComments: formData.getAll("overriddenComment").map(String),
      reason: String(formData.get("reason") ?? ""),
      correctionNote: String(formData.get("correctionNote") ?? ""),
      noteConfirmed: formData.get("noteConfirmed") === "on",
      confirmedNote: String(formData.get("confirmedNote") ?? ""),
    });
    revalidatePath(`/meetings/${meetingId}`);
    revalidatePath("/readouts");
    // A discarded draft that was never published has no page left to show.
    if (move === "discard" && to.publication === "unpublished") redirect("/meetings?discarded=1");
    return undefined;
  }, DONE[move]);
}

export async function commentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const meetingId = String(formData.get("meetingId") ?? "");
  return runAction(async () => {
    const actor = await authorize("comment:meeting:any");
    await addComment(actor, meetingId, String(formData.get("body") ?? ""));
    revalidatePath(`/meetings/${meetingId}`);
    return undefined;
  }, "Comment added.");
}
