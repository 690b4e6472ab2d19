"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/dal/authorize";
import { AppError, failure, runAction, type ActionResult } from "@/lib/errors";
import { reviewEvent } from "@/lib/ledger/review-event";
import { reviewImport } from "@/lib/ledger/review-import";
import { isReviewDecision } from "@/lib/workflow/proposal-workflow";

const DONE = {
  approve: "Approved. It now counts in the ledger.",
  reject: "Rejected. The proposer has been told why.",
} as const;

export async function reviewProposalAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const decision = String(formData.get("decision") ?? "");
  const kind = String(formData.get("proposal") ?? "");
  if (!isReviewDecision(decision) || (kind !== "event" && kind !== "import")) return failure(new AppError("invalid_input", "Unknown action."));
  return runAction(async () => {
    const actor = await authorize("review:event:any");
    const id = String(formData.get("id") ?? "");
    const comment = String(formData.get("comment") ?? "");
    if (kind === "event") await reviewEvent(actor, id, decision, comment);
    else await reviewImport(actor, id, decision, comment);
    revalidatePath("/review/events");
    revalidatePath("/review");
    revalidatePath("/ledger", "layout");
    return undefined;
  }, DONE[decision]);
}
