"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { setPublicReadingAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function PublicReadingForm({ on }: { on: boolean }) {
  const [result, action] = useActionState(setPublicReadingAction, null);
  return (
    <ActionForm action={action} resetOn={result} className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-semibold">Reading without signing in</h2>
      <p className="text-sm text-slate-600">
        When on, anyone can read published readouts (the list, search, each version and its exports), the ledger&apos;s
        published views, the Atom feed and the API without an account, a limited number of pages a minute per address.
        Meetings, drafts, review, administration, accounts and notifications always need signing in.
      </p>
      <p className="text-sm">
        Now: <strong>{on ? "on: published readouts are public" : "off: only signed-in people can read"}</strong>
      </p>
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.formError}</Alert> : null}
      <input type="hidden" name="publicReading" value={on ? "off" : "on"} />
      <SubmitButton pendingLabel="Saving…" variant={on ? "secondary" : undefined}>
        {on ? "Turn off public reading" : "Turn on public reading"}
      </SubmitButton>
    </ActionForm>
  );
}
