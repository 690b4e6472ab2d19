"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/dal/authorize";
import { AppError, failure, runAction, type ActionResult } from "@/lib/errors";
import { reviewEvent } from "@/lib/ledger/review-event";
import { reviewImport } from "@/lib/ledger/review-import";
import { isReviewDecision } from "@/lib/workflow/proposal-workflow";

/** Decides one proposal; on success the queue reloads without it and says what was done. */
export async function reviewProposalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const decision = String(formData.get("decision") ?? "");
  const kind = String(formData.get("proposal") ?? "");
  if (!isReviewDecision(decision) || (kind !== "event" && kind !== "import")) return failure(new AppError("invalid_input", "Unknown action."));
  const result = await runAction(async () => {
    const actor = await authorize("review:event:any");
    const id = String(formData.get("id") ?? "");
    const comment = String(formData.get("comment") ?? "");
    if (kind === "event") await reviewEvent(actor, id, decision, comment);
    else await reviewImport(actor, id, decision, comment);
    revalidatePath("/review");
    revalidatePath("/ledger", "layout");
    return undefined;
  });
  if (result.ok) redirect(`/review/events?done=${kind}-${decision}`);
  return result;
}
