"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from "@/lib/auth/password-policy-limits";
import { setPasswordAction } from "../password-actions";
import { ActionForm } from "@/components/ui/action-form";

export function SetPasswordForm({ kind, token, email }: { kind: "invitation" | "password_reset"; token: string; email: string }) {
  const [result, action] = useActionState(setPasswordAction, null);
  return (
    <ActionForm action={action} resetOn={result} className="space-y-4">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="username" autoComplete="username" value={email} />
      {result && !result.ok ? <Alert tone="error">{result.formError}</Alert> : null}
      <Field id="password" label="New password" hint={PASSWORD_HINT}>
        <Input {...controlProps("password", undefined, PASSWORD_HINT)} name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
      </Field>
      <Field id="confirm" label="New password again">
        <Input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      <SubmitButton pendingLabel="Saving…" className="w-full">Set password</SubmitButton>
    </ActionForm>
  );
}
