"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/errors";
import { MOVES, type Move } from "@/lib/workflow/meeting-workflow";
import { transitionAction } from "../actions";

const REVIEW_MOVES: Move[] = ["approve", "request_changes"];

/** The workflow buttons this user may press now; the server checks each again. */
export function WorkflowPanel({ meetingId, version, moves, ownRecord }: { meetingId: string; version: number; moves: Move[]; ownRecord: boolean }) {
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(transitionAction, null);
  const simple = moves.filter((m) => m !== "edit" && !REVIEW_MOVES.includes(m));
  const review = moves.filter((m) => REVIEW_MOVES.includes(m));
  if (simple.length === 0 && review.length === 0 && !ownRecord && !result) return null;

  return (
    <section aria-labelledby="workflow" className="no-print space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="workflow" className="font-semibold">
        Review and publishing
      </h2>
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.formError}</Alert> : null}
      {ownRecord && review.length === 0 ? (
        <p className="text-sm text-slate-600">You created or edited this record, so another reviewer must approve it.</p>
      ) : null}
      {simple.length ? (
        <form action={action} className="flex flex-wrap gap-2">
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="version" value={version} />
          {simple.map((move) => (
            <SubmitButton key={move} name="move" value={move} pending={pending} pendingLabel="Working…" variant={move === "submit" ? "primary" : "secondary"}>
              {MOVES[move].label}
            </SubmitButton>
          ))}
        </form>
      ) : null}
      {review.length ? (
        <form action={action} className="space-y-2">
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="version" value={version} />
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
        </form>
      ) : null}
    </section>
  );
}
