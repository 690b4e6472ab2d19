"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { uploadRatesAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

const HINT = "eurofxref-hist.csv or eurofxref-hist.zip, exactly as the ECB publishes it; at most 5 MB.";

export function UploadForm() {
  const [result, action] = useActionState(uploadRatesAction, null);
  const problems = result && !result.ok ? (result.fieldErrors?.file ?? []) : [];
  return (
    <ActionForm action={action} resetOn={result} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">Upload the ECB&apos;s rate file</h2>
      {result?.ok ? (
        <Alert tone="success">
          Loaded {result.data.fileName}: {result.data.rows.toLocaleString("en-GB")} days from {result.data.firstDate} to {result.data.lastDate},{" "}
          {result.data.rates.toLocaleString("en-GB")} rates in {result.data.currencies.length} currencies.
        </Alert>
      ) : null}
      {result && !result.ok ? (
        <Alert tone="error">
          <p className="font-medium">{result.formError}</p>
          {problems.length > 0 ? (
            <ul className="mt-2 list-disc space-y-0.5 pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      <Field id="rate-file" label="Rate file" hint={HINT}>
        <Input {...controlProps("rate-file", problems.length ? problems : undefined, HINT)} name="file" type="file" accept=".csv,.zip,text/csv,application/zip" required />
      </Field>
      <SubmitButton pendingLabel="Loading rates…">Upload</SubmitButton>
    </ActionForm>
  );
}
