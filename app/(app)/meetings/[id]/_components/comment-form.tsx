"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/errors";
import { commentAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function CommentForm({ meetingId }: { meetingId: string }) {
  const [result, action] = useActionState<ActionResult | null, FormData>(commentAction, null);
  return (
    <ActionForm action={action} resetOn={result} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      {result && !result.ok ? <Alert tone="error">{result.formError}</Alert> : null}
      <label htmlFor="comment-body" className="block text-sm font-medium text-slate-700">
        Add a comment (staff and reviewers only)
      </label>
      <textarea id="comment-body" name="body" rows={3} maxLength={5000} required className={inputClass} />
      <SubmitButton pendingLabel="Posting…" variant="secondary">
        Post comment
      </SubmitButton>
    </ActionForm>
  );
}
