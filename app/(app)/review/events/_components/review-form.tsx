"use client";

import { useActionState, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { reviewProposalAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

/** Approve or reject one proposal; the proposer sees a note instead of buttons. */
export function ReviewForm({ proposal, id, own }: { proposal: "event" | "import"; id: string; own: boolean }) {
  const [result, action, pending] = useActionState(reviewProposalAction, null);
  const commentId = useId();
  const [comment, setComment] = useState("");
  if (own) return <p className="text-slate-600">You proposed this, so another reviewer must decide on it.</p>;
  return (
    <ActionForm action={action} resetOn={result} className="space-y-2">
      <input type="hidden" name="proposal" value={proposal} />
      <input type="hidden" name="id" value={id} />
      {result && !result.ok ? <Alert tone="error">{result.formError}</Alert> : null}
      <label htmlFor={commentId} className="block text-sm font-medium text-slate-700">
        Comment for the proposer (required to reject)
      </label>
      <textarea id={commentId} name="comment" rows={2} maxLength={5000} className={inputClass} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="approve" pending={pending} pendingLabel="Working…">Approve</SubmitButton>
        <SubmitButton name="decision" value="reject" pending={pending} pendingLabel="Working…" variant="secondary">Reject</SubmitButton>
      </div>
    </ActionForm>
  );
}
