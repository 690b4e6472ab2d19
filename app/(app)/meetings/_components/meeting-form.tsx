"use client";

import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { startTransition, useActionState, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useUnsavedChanges } from "@/components/use-unsaved-changes";
import type { OpenPledge } from "@/lib/dal/open-pledges";
import type { PartyOption } from "@/lib/dal/parties";
import { DEFAULT_NUMBER_FORMAT, type NumberFormat } from "@/lib/amounts/read-amount";
import type { ActionResult, FieldErrors } from "@/lib/errors";
import type { SavedMeeting } from "@/lib/meetings/save-meeting";
import { blankCommitment } from "@/lib/meetings/blank";
import { parsePledgeNumber, type MeetingInput } from "@/lib/validation/meeting";
import { byteLength, MAX_SAVE_BYTES, tooLargeToSave } from "@/lib/validation/size-limits";
import { saveMeetingAction } from "../actions";
import { CommitmentsSection } from "./commitments-section";
import { DetailsSection, ImplicationsSection } from "./details-section";
import { DiscussionsSection } from "./discussions-section";
import { ErrorSummary } from "./error-summary";
import { ErrorsContext } from "./form-context";
import { OpenPledgesPanel } from "./open-pledges-panel";
import { ParticipantsSection } from "./participants-section";
import { PartyOptions } from "./party-options";
import { useMeetingValues } from "./use-meeting-values";
import { SourcesSection } from "./sources-section";

const NO_ERRORS: FieldErrors = {};

const unsaved = (message: string): ActionResult<SavedMeeting> => ({ ok: false, code: "invalid_input", formError: message });

/**
 * What the form knows of its saves: the last answer, the version the next save
 * starts from (the concurrency token) and the payload that version holds, which
 * "unsaved changes" compares with. A refusal changes only the answer.
 */
type SaveState = { result: ActionResult<SavedMeeting> | null; version?: number; savedPayload: string; saved?: number };

/**
 * Saves through the server action, but refuses a meeting too large to send
 * and turns a failed request into a message: either way the form, and the
 * editor's text, stay on screen.
 */
async function send(formData: FormData, payload: string): Promise<ActionResult<SavedMeeting>> {
  const bytes = byteLength(payload);
  if (bytes > MAX_SAVE_BYTES) return unsaved(tooLargeToSave(bytes));
  try {
    return await saveMeetingAction(null, formData);
  } catch (error) {
    unstable_rethrow(error);
    return unsaved("The save did not go through: the server could not be reached or did not accept it. Nothing was saved; your text is still in the form, so try again.");
  }
}

async function save(previous: SaveState, formData: FormData): Promise<SaveState> {
  const payload = String(formData.get("payload") ?? "");
  const result = await send(formData, payload);
  return result.ok
    ? { result, version: result.data.version, savedPayload: payload, saved: result.data.version }
    : { ...previous, result };
}

/** One screen for a whole meeting: details, participants, discussions, commitments, implications. */
export function MeetingForm({
  meetingId,
  version,
  initial,
  seriesOptions,
  partyOptions,
}: {
  meetingId?: string;
  version?: number;
  initial: MeetingInput;
  seriesOptions: string[];
  partyOptions: PartyOption[];
}) {
  const meeting = useMeetingValues(initial);
  const { values, set } = meeting;
  // The version and payload of the first render: a later render of the page (after a comment is
  // resolved) must not move the token past a version this form never loaded.
  const [loaded] = useState<SaveState>(() => ({ result: null, version, savedPayload: JSON.stringify(initial) }));
  const [state, dispatch, pending] = useActionState(save, loaded);
  const { result } = state;
  // Compared off the typing path: a deferred render, so a keystroke never waits for it.
  const deferred = useDeferredValue(values);
  const dirty = useMemo(() => JSON.stringify(deferred) !== state.savedPayload, [deferred, state.savedPayload]);
  useUnsavedChanges(dirty && !pending);
  // The Save button is disabled while saving, which drops the keyboard's focus; give it back after.
  const form = useRef<HTMLFormElement>(null);
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending && (document.activeElement === document.body || document.activeElement === null)) {
      form.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus();
    }
    wasPending.current = pending;
  }, [pending]);

  const addUpdate = useCallback(
    (pledge: OpenPledge) =>
      meeting.commitments.add({ ...blankCommitment(), ...pledge.terms, announcement: "reannounced", pledge: `P-${pledge.number}` }),
    [meeting.commitments],
  );
  const linked = useMemo(() => {
    const numbers = new Set<number>();
    for (const c of values.commitments) {
      const number = c.announcement === "new" ? null : parsePledgeNumber(c.pledge);
      if (number !== null) numbers.add(number);
    }
    return numbers;
  }, [values.commitments]);

  // The form is sent from its state, not its elements, and is never reset by React's form action:
  // after a refused save every field, selects included, still shows what it holds.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData();
    data.set("payload", JSON.stringify(values));
    if (meetingId) data.set("meetingId", meetingId);
    if (state.version) data.set("version", String(state.version));
    startTransition(() => dispatch(data));
  };
  // Enter in a one-line field would submit a half-finished draft; only the Save button saves.
  const keepEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
  };

  const setNumberFormat = useCallback((format: NumberFormat) => set("numberFormat", format), [set]);
  const setImplications = useCallback((value: string) => set("implications", value), [set]);
  // The same empty object after every save that has none: a new one would render every field again.
  const fieldErrors = result && !result.ok && result.fieldErrors ? result.fieldErrors : NO_ERRORS;

  return (
    <form ref={form} onSubmit={submit} onKeyDown={keepEnter} className="space-y-6" noValidate>
      {result && !result.ok ? (
        <ErrorSummary formError={result.formError} fieldErrors={fieldErrors} shownAt={result}>
          {result.code === "conflict" && meetingId ? (
            <p className="mt-2">
              Your changes are still in this form.{" "}
              <Link href={`/meetings/${meetingId}`} target="_blank" className="underline">
                Open the current version in a new tab
              </Link>
              {state.version ? (
                <>
                  {" "}or{" "}
                  <Link href={`/meetings/${meetingId}/history?from=${state.version}`} target="_blank" className="underline">
                    see what changed since your version {state.version}
                  </Link>
                </>
              ) : null}
              , then edit again from it:{" "}
              <a href={`/meetings/${meetingId}/edit`} className="underline">
                discard my changes and load the current version
              </a>
              .
            </p>
          ) : null}
        </ErrorSummary>
      ) : null}

      <ErrorsContext.Provider value={fieldErrors}>
        <DetailsSection values={values} set={set} seriesOptions={seriesOptions} />
        <PartyOptions parties={partyOptions} />
        <ParticipantsSection participants={values.participants} partyOptions={partyOptions} edit={meeting.participants} />
        <SourcesSection sources={values.sources} edit={meeting.sources} />
        <DiscussionsSection discussions={values.discussions} edit={meeting.discussions} />
        <OpenPledgesPanel series={values.series} meetingId={meetingId} linked={linked} onAdd={addUpdate} />
        <CommitmentsSection
          commitments={values.commitments}
          discussions={values.discussions}
          sources={values.sources}
          numberFormat={values.numberFormat ?? DEFAULT_NUMBER_FORMAT}
          onNumberFormat={setNumberFormat}
          edit={meeting.commitments}
        />
        <ImplicationsSection value={values.implications} onChange={setImplications} />
      </ErrorsContext.Provider>

      <div className="sticky bottom-0 flex items-center gap-4 border-t border-slate-200 bg-slate-50/95 py-3">
        <SubmitButton pendingLabel="Saving…" pending={pending}>
          {meetingId ? "Save changes" : "Save draft"}
        </SubmitButton>
        <p role="status" className="text-sm text-slate-600">
          {state.saved && meetingId && !dirty ? (
            <span key={state.saved} className="mr-2 font-medium text-green-800">
              {`Saved as version ${state.saved}. `}
              <Link href={`/meetings/${meetingId}`} className="underline">
                View the record
              </Link>
            </span>
          ) : null}
          {dirty ? "Unsaved changes" : state.saved ? null : "No changes yet"}
        </p>
      </div>
    </form>
  );
}
