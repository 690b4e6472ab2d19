"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldErrors, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/errors";
import { MAX_ITEM_COMMENT, MAX_OVERRIDE_REASON } from "@/lib/validation/item-comment";
import { transitionAction } from "../actions";
import { CorrectionNoteConfirmation } from "./correction-note-confirmation";
import { addItemCommentAction } from "../item-comment-actions";
import { ActionForm } from "@/components/ui/action-form";

export type ItemOption = { value: string; label: string; group: string };

/** A reviewer picks one item of the version under review and says what is wrong with it. */
export function AddItemCommentForm({ meetingId, items }: { meetingId: string; items: ItemOption[] }) {
  const [result, action] = useActionState<ActionResult | null, FormData>(addItemCommentAction, null);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const groups = [...new Set(items.map((i) => i.group))];
  return (
    <ActionForm action={action} resetOn={result} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.formError}</Alert> : null}
      <label htmlFor="item-comment-item" className="block text-sm font-medium text-slate-700">
        Item
      </label>
      <select id="item-comment-item" name="item" required className={inputClass} aria-invalid={!!errors?.item} aria-describedby={errors?.item ? "item-comment-item-error" : undefined}>
        <option value="">Choose an item…</option>
        {groups.map((group) => (
          <optgroup key={group} label={group}>
            {items
              .filter((i) => i.group === group)
              .map((i) => (
                <option key={i.value} value={i.value}>
                  {i.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <FieldErrors id="item-comment-item" errors={errors?.item} />
      <label htmlFor="item-comment-body" className="block text-sm font-medium text-slate-700">
        Comment on this item
      </label>
      <textarea id="item-comment-body" name="body" rows={2} maxLength={MAX_ITEM_COMMENT} required className={inputClass} aria-invalid={!!errors?.body} aria-describedby={errors?.body ? "item-comment-body-error" : undefined} />
      <FieldErrors id="item-comment-body" errors={errors?.body} />
      <SubmitButton pendingLabel="Adding…" variant="secondary">
        Comment on the item
      </SubmitButton>
    </ActionForm>
  );
}

/** Approval despite open item comments: only with a reason, which the review and the audit log keep. */
type OverrideProps = {
  meetingId: string;
  version: number;
  /** The open comments shown on the page: the override closes exactly these. */
  openIds: string[];
  available: boolean;
  /** A correction (published before) is approved only with its note confirmed, the override included. */
  correctionNote: string | null;
};

export function OverrideApproveForm({ meetingId, version, openIds, available, correctionNote }: OverrideProps) {
  const open = openIds.length;
  const [result, action] = useActionState<ActionResult | null, FormData>(transitionAction, null);
  // After approving (which closes the comments it overrode), the move is gone but its outcome should still be read.
  if (!available) return result?.ok ? <Alert tone="success">{result.message}</Alert> : null;
  return (
    <ActionForm action={action} resetOn={result} className="space-y-2 border-t border-slate-200 pt-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="move" value="approve" />
      {openIds.map((id) => (
        <input key={id} type="hidden" name="overriddenComment" value={id} />
      ))}
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.formError}</Alert> : null}
      <label htmlFor="override-reason" className="block text-sm font-medium text-slate-700">
        Reason for approving with {open === 1 ? "1 open comment" : `${open} open comments`}
      </label>
      <textarea id="override-reason" name="override" rows={2} maxLength={MAX_OVERRIDE_REASON} required className={inputClass} />
      {correctionNote !== null ? <CorrectionNoteConfirmation correctionNote={correctionNote} /> : null}
      <SubmitButton pendingLabel="Working…" variant="danger">
        Approve version {version} anyway
      </SubmitButton>
    </ActionForm>
  );
}
