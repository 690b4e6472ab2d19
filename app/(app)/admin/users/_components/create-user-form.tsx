"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { createUserAction } from "../actions";
import { LinkNotice } from "./link-notice";
import { ActionForm } from "@/components/ui/action-form";

export function CreateUserForm() {
  const [result, action] = useActionState(createUserAction, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={action} resetOn={result} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h2 className="font-semibold">Invite someone</h2>
      {result?.ok ? <LinkNotice what="Account created. Invitation link" {...result.data} /> : null}
      {result && !result.ok && !Object.keys(errors).length ? <Alert tone="error">{result.formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-end">
        <Field id="new-name" label="Name" errors={errors.name}>
          <Input {...controlProps("new-name", errors.name)} name="name" required />
        </Field>
        <Field id="new-email" label="Email address" errors={errors.email}>
          <Input {...controlProps("new-email", errors.email)} name="email" type="email" required />
        </Field>
        <Field id="new-role" label="Role" errors={errors.role}>
          <select id="new-role" name="role" defaultValue="viewer" className={inputClass}>
            {ROLES.map((r) => (
              <option key={r} value={r}>{ROLE_LABELS[r]}</option>
            ))}
          </select>
        </Field>
        <SubmitButton pendingLabel="Creating…">Create and invite</SubmitButton>
      </div>
    </ActionForm>
  );
}
