"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/errors";
import { MOVES, type Move } from "@/lib/workflow/meeting-workflow";
import { transitionAction } from "../actions";
import { CorrectionNoteConfirmation } from "./correction-note-confirmation";
import { ActionForm } from "@/components/ui/action-form";
import { useRefusalWhileShown } from "@/components/ui/use-refusal-while-shown";

const SIMPLE_MOVES: Move[] = ["withdraw", "restore"];
const REASON_MOVES = {
  archive: "Why is it archived? (required; staff see this on the record)",
  retract: "Why is this version retracted? (required; readers of its link see this instead of the text)",
} as const;
const MAX_REASON = 1000;
const MAX_NOTE = 2000;

type Props = {
  meetingId: string;
  version: number;
  moves: Move[];
  ownRecord: boolean;
  /** A version was published before: submitting and approving need a correction note. */
  publishedBefore: boolean;
  /** The correction note the current version carries (written at submit). */
  correctionNote: string;
};

/** The workflow buttons this user may press now; the server checks each again. */
export function WorkflowPanel({ meetingId, version, moves, ownRecord, publishedBefore, correctionNote }: Props) {
  const [latest, action, pending] = useActionState<ActionResult | null, FormData>(transitionAction, null);
  const result = useRefusalWhileShown(latest, `${version} ${moves.join(" ")}`);
  const has = (move: Move) => moves.includes(move);
  const simple = SIMPLE_MOVES.filter(has);
  const review = has("approve") || has("request_changes");
  const any = moves.some((m) => m !== "edit");
  if (!any && !ownRecord && !result) return null;
  const hidden = (
    <>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
    </>
  );

  return (
    <section aria-labelledby="workflow" className="no-print space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="workflow" className="font-semibold">
        Review and publishing
      </h2>
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.formError}</Alert> : null}
      {ownRecord && !review ? <p className="text-sm text-slate-600">You created or edited this record, so another reviewer must approve it.</p> : null}
      {has("submit") ? (
        <ActionForm action={action} resetOn={result} className="space-y-2">
          {hidden}
          {publishedBefore ? (
            <>
              <label htmlFor="correction-note" className="block text-sm font-medium text-slate-700">
                Correction note: what changed and why (required; readers see it)
              </label>
              <textarea id="correction-note" name="correctionNote" rows={3} maxLength={MAX_NOTE} required className={inputClass} />
            </>
          ) : null}
          <SubmitButton name="move" value="submit" pending={pending} pendingLabel="Working…">
            {MOVES.submit.label}
          </SubmitButton>
        </ActionForm>
      ) : null}
      {simple.length ? (
        <ActionForm action={action} resetOn={result} className="flex flex-wrap gap-2">
          {hidden}
          {simple.map((move) => (
            <SubmitButton key={move} name="move" value={move} pending={pending} pendingLabel="Working…" variant="secondary">
              {MOVES[move].label}
            </SubmitButton>
          ))}
        </ActionForm>
      ) : null}
      {review ? (
        <ActionForm action={action} resetOn={result} className="space-y-2">
          {hidden}
          {publishedBefore ? <CorrectionNoteConfirmation correctionNote={correctionNote} /> : null}
          <label htmlFor="review-comment" className="block text-sm font-medium text-slate-700">
            Comment for the editors (required to request changes)
          </label>
          <textarea id="review-comment" name="comment" rows={3} maxLength={5000} className={inputClass} />
          <div className="flex flex-wrap gap-2">
            <SubmitButton name="move" value="approve" pending={pending} pendingLabel="Working…">
              Approve version {version} and publish
            </SubmitButton>
            <SubmitButton name="move" value="request_changes" pending={pending} pendingLabel="Working…" variant="secondary">
              Request changes
            </SubmitButton>
          </div>
        </ActionForm>
      ) : null}
      {(Object.keys(REASON_MOVES) as (keyof typeof REASON_MOVES)[]).filter(has).map((move) => (
        <ActionForm key={move} action={action} resetOn={result} className="space-y-2">
          {hidden}
          <label htmlFor={`${move}-reason`} className="block text-sm font-medium text-slate-700">
            {REASON_MOVES[move]}
          </label>
          <textarea id={`${move}-reason`} name="reason" rows={2} maxLength={MAX_REASON} required className={inputClass} />
          <SubmitButton name="move" value={move} pending={pending} pendingLabel="Working…" variant="secondary">
            {MOVES[move].label}
          </SubmitButton>
        </ActionForm>
      ))}
      {has("discard") ? (
        <ActionForm action={action} resetOn={result} className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
          {hidden}
          <SubmitButton name="move" value="discard" pending={pending} pendingLabel="Working…" variant="secondary">
            {MOVES.discard.label}
          </SubmitButton>
          <span className="text-sm text-slate-600">
            {publishedBefore ? "Drops this draft; readers keep the published version." : "Removes this never-published draft from every list."}
          </span>
        </ActionForm>
      ) : null}
    </section>
  );
}
