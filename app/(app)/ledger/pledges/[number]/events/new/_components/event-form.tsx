"use client";

import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PLEDGE_EVENT_KINDS, previewEventAmount, type ProposeEventFormValues } from "@/lib/validation/pledge-event";
import { proposeEventAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

const KINDS = {
  allocated: { label: "Allocated", hint: "Set aside in a concrete package: adds to the allocated figure." },
  partly_delivered: { label: "Partly delivered", hint: "Part of it arrived: adds to the delivered figure." },
  delivered: { label: "Delivered", hint: "Closes the pledge as delivered. Leave the figures empty to mean the rest." },
  cancelled: { label: "Cancelled", hint: "Closes the pledge: what is outstanding will not come." },
} as const;

const EMPTY: ProposeEventFormValues = { kind: "partly_delivered", amount: "", quantity: "", asOf: "", source: "", sourceUrl: "", note: "" };

/** Proposes one event; the user's input stays in the form until it is accepted. */
export function EventForm({
  pledgeNumber,
  currency,
  unit,
  minDate,
  maxDate,
}: {
  pledgeNumber: number;
  currency: string | null;
  unit: string | null;
  minDate?: string;
  maxDate: string;
}) {
  const [values, setValues] = useState(EMPTY);
  const [sentAmount, setSentAmount] = useState("");
  const [result, action, pending] = useActionState(async (previous: Awaited<ReturnType<typeof proposeEventAction>> | null, formData: FormData) => {
    setSentAmount(String(formData.get("amount") ?? ""));
    const next = await proposeEventAction(previous, formData);
    if (next.ok) setValues(EMPTY);
    return next;
  }, null);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const bind = (name: keyof ProposeEventFormValues) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const figureHint = values.kind === "delivered" || values.kind === "cancelled" ? "Optional." : "An amount, a quantity, or both.";
  // The proposal's own reading, so the preview never shows a figure the server refuses.
  const reading = currency ? previewEventAmount(values.amount, currency) : null;
  // The server's message about the amount stays while the amount is the one it was about; a reading
  // that repeats it is not shown twice.
  const amountErrors = values.amount === sentAmount ? errors.amount : undefined;
  const preview = reading && !reading.ok && amountErrors?.includes(reading.text) ? null : reading;

  return (
    <ActionForm action={action} resetOn={result} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="font-semibold">Propose progress</h2>
      <input type="hidden" name="pledgeNumber" value={pledgeNumber} />
      {result?.ok ? (
        <Alert tone="success">
          <p>{result.message}</p>
          {result.data.warnings.map((w) => (
            <p key={w} className="mt-1 font-medium">Note: {w}</p>
          ))}
        </Alert>
      ) : null}
      {result && !result.ok ? <Alert tone="error">{result.formError}</Alert> : null}

      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-slate-700">What happened</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {PLEDGE_EVENT_KINDS.map((kind) => (
            <label key={kind} className="flex gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-700">
              <input type="radio" name="kind" value={kind} checked={values.kind === kind} onChange={() => setValues((v) => ({ ...v, kind }))} />
              <span>
                <span className="font-medium">{KINDS[kind].label}</span>
                <span className="block text-xs text-slate-600">{KINDS[kind].hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.kind ? <p className="mt-1 text-xs font-medium text-red-700">{errors.kind.join(" ")}</p> : null}
      </fieldset>

      <div className="grid gap-3 sm:grid-cols-3">
        {currency ? (
          <Field id="event-amount" label={`Amount (${currency})`} hint={figureHint} errors={amountErrors}>
            <Input
              {...controlProps("event-amount", amountErrors, figureHint)}
              aria-describedby={[controlProps("event-amount", amountErrors, figureHint)["aria-describedby"], preview ? "event-amount-reading" : null].filter(Boolean).join(" ") || undefined}
              {...bind("amount")}
              inputMode="decimal"
              autoComplete="off"
            />
            <p id="event-amount-reading" aria-live="polite" className={`mt-1 text-xs ${preview && !preview.ok ? "text-amber-800" : "text-slate-700"}`}>
              {preview?.text}
            </p>
          </Field>
        ) : null}
        {unit ? (
          <Field id="event-quantity" label={`Quantity (${unit})`} hint={currency ? undefined : figureHint} errors={errors.quantity}>
            <Input {...controlProps("event-quantity", errors.quantity, currency ? undefined : figureHint)} {...bind("quantity")} inputMode="numeric" autoComplete="off" />
          </Field>
        ) : null}
        {!currency && errors.amount ? <p className="text-xs font-medium text-red-700 sm:col-span-3">{errors.amount.join(" ")}</p> : null}
        <Field id="event-as-of" label="As of (UTC)" required errors={errors.asOf}>
          <Input {...controlProps("event-as-of", errors.asOf)} {...bind("asOf")} type="date" min={minDate} max={maxDate} required />
        </Field>
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="event-source" label="Source" hint="Who said so: a statement, a report, a briefing." required errors={errors.source}>
          <Input {...controlProps("event-source", errors.source, "Who said so: a statement, a report, a briefing.")} {...bind("source")} maxLength={500} required />
        </Field>
        <Field id="event-source-url" label="Source link" hint="Optional; https:// or http:// only." errors={errors.sourceUrl}>
          <Input {...controlProps("event-source-url", errors.sourceUrl, "Optional; https:// or http:// only.")} {...bind("sourceUrl")} type="url" maxLength={2000} />
        </Field>
      </div>
      <Field id="event-note" label="Note" hint="Optional: anything the reviewer should know." errors={errors.note}>
        <textarea {...controlProps("event-note", errors.note, "Optional: anything the reviewer should know.")} {...bind("note")} rows={3} maxLength={2000} className={inputClass} />
      </Field>

      <SubmitButton pending={pending} pendingLabel="Proposing…">Propose for review</SubmitButton>
    </ActionForm>
  );
}
