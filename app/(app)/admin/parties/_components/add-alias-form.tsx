"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { addAliasAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

export function AddAliasForm({ partyNames }: { partyNames: string[] }) {
  const [result, action] = useActionState(addAliasAction, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={action} resetOn={result} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
      <h2 className="font-semibold">Add an alias</h2>
      <p className="text-sm text-slate-600">
        Another name sources use for a party, e.g. “Holland” for the Netherlands. Case, accents, punctuation and a leading “the” do
        not matter. Rows recorded earlier under that name are linked to the party at once.
      </p>
      {result?.ok ? (
        <Alert tone="success">
          “{result.data.alias}” now names {result.data.party}
          {result.data.matched ? `; ${result.data.matched} earlier ${result.data.matched === 1 ? "row was" : "rows were"} linked to it` : ""}.
        </Alert>
      ) : null}
      {result && !result.ok && !Object.keys(errors).length ? <Alert tone="error">{result.formError}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-[2fr_2fr_auto] sm:items-end">
        <Field id="alias-party" label="Party" errors={errors.party}>
          <Input {...controlProps("alias-party", errors.party)} name="party" list="alias-party-options" required autoComplete="off" />
        </Field>
        <datalist id="alias-party-options">
          {partyNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Field id="alias-alias" label="Alias" errors={errors.alias}>
          <Input {...controlProps("alias-alias", errors.alias)} name="alias" required autoComplete="off" />
        </Field>
        <SubmitButton pendingLabel="Adding…">Add alias</SubmitButton>
      </div>
    </ActionForm>
  );
}
