"use client";

import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { useActionState, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useUnsavedChanges } from "@/components/use-unsaved-changes";
import type { OpenPledge } from "@/lib/dal/open-pledges";
import type { PartyOption } from "@/lib/dal/parties";
import type { ActionResult } from "@/lib/errors";
import { blankCommitment } from "@/lib/meetings/blank";
import { parsePledgeNumber, type MeetingInput } from "@/lib/validation/meeting";
import { byteLength, MAX_SAVE_BYTES, tooLargeToSave } from "@/lib/validation/size-limits";
import { saveMeetingAction } from "../actions";
import { CommitmentsSection } from "./commitments-section";
import { DetailsSection, ImplicationsSection } from "./details-section";
import { DiscussionsSection } from "./discussions-section";
import { ErrorsContext } from "./form-context";
import { OpenPledgesPanel } from "./open-pledges-panel";
import { ParticipantsSection } from "./participants-section";
import { PartyOptions } from "./party-options";
import { SourcesSection } from "./sources-section";

const unsaved = (message: string): ActionResult => ({ ok: false, code: "invalid_input", formError: message });

/**
 * Saves through the server action, but refuses a meeting too large to send
 * and turns a failed request into a message: either way the form, and the
 * editor's text, stay on screen.
 */
async function save(previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const bytes = byteLength(String(formData.get("payload") ?? ""));
  if (bytes > MAX_SAVE_BYTES) return unsaved(tooLargeToSave(bytes));
  try {
    return await saveMeetingAction(previous, formData);
  } catch (error) {
    unstable_rethrow(error);
    return unsaved("The save did not go through: the server could not be reached or did not accept it. Nothing was saved; your text is still in the form, so try again.");
  }
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
  const [values, setValues] = useState(initial);
  const [result, action, pending] = useActionState<ActionResult | null, FormData>(save, null);
  const dirty = useMemo(() => JSON.stringify(values) !== JSON.stringify(initial), [values, initial]);
  useUnsavedChanges(dirty && !pending);

  const set = <K extends keyof MeetingInput>(key: K, value: MeetingInput[K]) => setValues((v) => ({ ...v, [key]: value }));
  const removeDiscussion = (key: string) =>
    setValues((v) => ({
      ...v,
      discussions: v.discussions.filter((d) => d.key !== key),
      commitments: v.commitments.map((c) => (c.discussionKey === key ? { ...c, discussionKey: "" } : c)),
    }));

  const removeSource = (key: string) =>
    setValues((v) => ({
      ...v,
      sources: v.sources.filter((s) => s.key !== key),
      commitments: v.commitments.map((c) => (c.sourceKey === key ? { ...c, sourceKey: "" } : c)),
    }));

  const addUpdate = (pledge: OpenPledge) =>
    setValues((v) => ({
      ...v,
      commitments: [...v.commitments, { ...blankCommitment(), ...pledge.terms, announcement: "reannounced", pledge: `P-${pledge.number}` }],
    }));
  const linked = new Set<number>();
  for (const c of values.commitments) {
    const number = c.announcement === "new" ? null : parsePledgeNumber(c.pledge);
    if (number !== null) linked.add(number);
  }

  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  // ".similar" lists the pledges offered beside a "looks like" message: not a field of its own.
  const errorCount = Object.keys(fieldErrors).filter((k) => k !== "_form" && !k.endsWith(".similar")).length;

  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="payload" value={JSON.stringify(values)} />
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      {version ? <input type="hidden" name="version" value={version} /> : null}

      {result && !result.ok ? (
        <Alert tone="error">
          <p className="font-medium">{result.formError}</p>
          {errorCount > 0 ? <p>{errorCount === 1 ? "One field needs" : `${errorCount} fields need`} attention; see the messages below.</p> : null}
          {fieldErrors._form ? <p>{fieldErrors._form.join(" ")}</p> : null}
          {result.code === "conflict" && meetingId ? (
            <p className="mt-2">
              Your changes are still in this form.{" "}
              <Link href={`/meetings/${meetingId}`} target="_blank" className="underline">
                Open the current version in a new tab
              </Link>
              {version ? (
                <>
                  {" "}or{" "}
                  <Link href={`/meetings/${meetingId}/history?from=${version}`} target="_blank" className="underline">
                    see what changed since your version {version}
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
        </Alert>
      ) : null}

      <ErrorsContext.Provider value={fieldErrors}>
        <DetailsSection values={values} set={set} seriesOptions={seriesOptions} />
        <PartyOptions parties={partyOptions} />
        <ParticipantsSection participants={values.participants} partyOptions={partyOptions} onChange={(p) => set("participants", p)} />
        <SourcesSection sources={values.sources} onChange={(s) => set("sources", s)} onRemove={removeSource} />
        <DiscussionsSection discussions={values.discussions} onChange={(d) => set("discussions", d)} onRemove={removeDiscussion} />
        <OpenPledgesPanel series={values.series} meetingId={meetingId} linked={linked} onAdd={addUpdate} />
        <CommitmentsSection commitments={values.commitments} discussions={values.discussions} sources={values.sources} onChange={(c) => set("commitments", c)} />
        <ImplicationsSection value={values.implications} onChange={(v) => set("implications", v)} />
      </ErrorsContext.Provider>

      <div className="sticky bottom-0 flex items-center gap-4 border-t border-slate-200 bg-slate-50/95 py-3">
        <SubmitButton pendingLabel="Saving…" pending={pending}>
          {meetingId ? "Save changes" : "Save draft"}
        </SubmitButton>
        <span className="text-sm text-slate-600" aria-live="polite">
          {dirty ? "Unsaved changes" : "No changes yet"}
        </span>
      </div>
    </form>
  );
}
