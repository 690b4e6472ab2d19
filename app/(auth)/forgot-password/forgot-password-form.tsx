"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { forgotPasswordAction } from "../password-actions";
import { ActionForm } from "@/components/ui/action-form";

export function ForgotPasswordForm() {
  const [result, action] = useActionState(forgotPasswordAction, null);
  if (result?.ok) return <Alert tone="success">{result.message}</Alert>;
  return (
    <ActionForm action={action} resetOn={result} className="space-y-4">
      <Field id="email" label="Email address">
        <Input id="email" name="email" type="email" autoComplete="username" required />
      </Field>
      <SubmitButton pendingLabel="Sending…" className="w-full">Send reset link</SubmitButton>
    </ActionForm>
  );
}
