"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TOKEN_DAY_CHOICES } from "@/lib/validation/access-token";
import { createAccessTokenAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function CreateTokenForm() {
  const [result, action] = useActionState(createAccessTokenAction, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={action} resetOn={result} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h3 className="font-semibold">New token</h3>
      {result?.ok ? (
        <Alert tone="success">
          <p>
            Token “{result.data.name}” created. Copy it now: it is shown only this once.
          </p>
          <output aria-label="New token" className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-slate-900">
            {result.data.secret}
          </output>
        </Alert>
      ) : null}
      {result && !result.ok && !Object.keys(errors).length ? <Alert tone="error">{result.formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <Field id="token-name" label="Name" errors={errors.name}>
          <Input {...controlProps("token-name", errors.name)} name="name" maxLength={80} placeholder="e.g. Feed reader" required />
        </Field>
        <Field id="token-scope" label="May" errors={errors.scope}>
          <select id="token-scope" name="scope" defaultValue="read" className={inputClass}>
            <option value="read">Read published readouts</option>
          </select>
        </Field>
        <Field id="token-days" label="Expires in" errors={errors.days}>
          <select id="token-days" name="days" defaultValue="90" className={inputClass}>
            {TOKEN_DAY_CHOICES.map((days) => (
              <option key={days} value={days}>{days} days</option>
            ))}
          </select>
        </Field>
        <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
      </div>
    </ActionForm>
  );
}
