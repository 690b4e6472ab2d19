"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_HINT } from "@/lib/auth/password-policy-limits";
import { changePasswordAction } from "./actions";
import { ActionForm } from "@/components/ui/action-form";

export function ChangePasswordForm({ email }: { email: string }) {
  const [result, action] = useActionState(changePasswordAction, null);
  return (
    <ActionForm action={action} resetOn={result} className="max-w-sm space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="font-semibold">Change password</h2>
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.ok ? result.message : result.formError}</Alert> : null}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <Field id="current" label="Current password">
        <Input id="current" name="current" type="password" autoComplete="current-password" required />
      </Field>
      <Field id="password" label="New password" hint={PASSWORD_HINT}>
        <Input {...controlProps("password", undefined, PASSWORD_HINT)} name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field id="confirm" label="New password again">
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </ActionForm>
  );
}
