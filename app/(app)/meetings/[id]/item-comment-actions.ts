"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { AppError, failure, runAction, type ActionResult } from "@/lib/errors";
import { addItemComment, setItemCommentResolved } from "@/lib/meetings/item-comments";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZItemCommentInput } from "@/lib/validation/item-comment";

export async function addItemCommentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await authorize("review:meeting:any");
    const parsed = ZItemCommentInput.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new AppError("invalid_input", "Choose an item and write the comment.", toFieldErrors(parsed.error));
    await addItemComment(actor, parsed.data);
    revalidatePath(`/meetings/${parsed.data.meetingId}`);
    return undefined;
  }, "Comment added to the item.");
}

/** Marks an item comment resolved (staff) or open again (reviewers). */
export async function setItemCommentResolvedAction(commentId: unknown, resolved: unknown): Promise<ActionResult> {
  if (typeof commentId !== "string" || typeof resolved !== "boolean") return failure(new AppError("invalid_input"));
  return runAction(async () => {
    const actor = await authorize(resolved ? "resolve:comment:any" : "review:meeting:any");
    const { meetingId } = await setItemCommentResolved(actor, commentId, resolved);
    revalidatePath(`/meetings/${meetingId}`);
    revalidatePath(`/meetings/${meetingId}/edit`);
    return undefined;
  }, resolved ? "Marked resolved." : "Opened again.");
}
