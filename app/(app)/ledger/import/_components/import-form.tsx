"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { controlProps, Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { humanize } from "@/lib/format";
import type { ImportProblem } from "@/lib/ledger/import-columns";
import { formatMoney, formatQuantity } from "@/lib/money";
import { confirmImportAction, previewImportAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

const HINT = "A CSV file in UTF-8 with the columns of the example file; at most 1 MB and 2,000 rows.";

const where = (p: ImportProblem) => `Row ${p.row}${p.column ? `, column ${p.column}` : ""}`;

function figures(x: { amount: string | null; currency: string | null; quantity: number | null; unit: string | null }) {
  const parts = [x.amount && x.currency ? formatMoney(x.amount, x.currency) : null, x.quantity !== null ? formatQuantity(x.quantity, x.unit) : null];
  return parts.filter(Boolean).join(" and ") || "amount not disclosed";
}

export function ImportForm() {
  const [preview, previewAction] = useActionState(previewImportAction, null);
  const [confirmed, confirmAction] = useActionState(confirmImportAction, null);
  const fileErrors = preview && !preview.ok ? preview.fieldErrors?.file : undefined;
  const data = preview?.ok && !confirmed?.ok ? preview.data : null;

  return (
    <div className="space-y-6">
      {confirmed?.ok ? (
        <Alert tone="success">
          {confirmed.data.pledges} new pledges and {confirmed.data.events} events were imported. {confirmed.message}{" "}
          <Link href="/ledger" className="underline">Back to the ledger</Link>
        </Alert>
      ) : null}
      {confirmed && !confirmed.ok ? <Alert tone="error">{confirmed.formError}</Alert> : null}

      <ActionForm action={previewAction} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="font-semibold">1. Check a file</h2>
        {preview && !preview.ok ? <Alert tone="error">{preview.formError}</Alert> : null}
        <Field id="import-file" label="Import file" hint={HINT} errors={fileErrors}>
          <Input {...controlProps("import-file", fileErrors, HINT)} name="file" type="file" accept=".csv,text/csv" required />
        </Field>
        <SubmitButton pendingLabel="Checking…">Check file</SubmitButton>
      </ActionForm>

      {data ? (
        <section aria-labelledby="preview" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 id="preview" className="font-semibold">2. Preview of {data.fileName}</h2>
          {data.problems.length > 0 ? (
            <Alert tone="error">
              <p className="font-medium">
                Nothing can be imported: {data.problems.length + data.moreProblems} problem(s) in {data.rowCount} rows. Fix the file and check it again.
              </p>
              <ul className="mt-2 list-disc space-y-0.5 pl-5" aria-label="Problems">
                {data.problems.map((p, i) => (
                  <li key={i}>
                    {where(p)}: {p.message}
                  </li>
                ))}
                {data.moreProblems > 0 ? <li>…and {data.moreProblems} more.</li> : null}
              </ul>
            </Alert>
          ) : (
            <>
              <p data-testid="import-summary">
                {data.rowCount} rows: {data.pledgeCount} new pledges will be created, {data.eventCount} events proposed
                ({data.linkedCount} on pledges already in the ledger). Nothing is written until you confirm, and nothing counts until
                another reviewer approves the import.
              </p>
              {data.warnings.length > 0 ? (
                <ul className="space-y-1" aria-label="Warnings">
                  {data.warnings.map((w, i) => (
                    <li key={i} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
                      {where(w)}: {w.message}
                    </li>
                  ))}
                </ul>
              ) : null}
              {data.pledges.length > 0 ? (
                <table className="w-full text-left">
                  <caption className="text-left font-medium">New pledges</caption>
                  <thead>
                    <tr><th>Row</th><th>Ref</th><th>Party</th><th>Kind</th><th>What</th><th>Figures</th></tr>
                  </thead>
                  <tbody>
                    {data.pledges.map((p) => (
                      <tr key={p.row} className="border-t border-slate-100">
                        <td>{p.row}</td><td>{p.ref}</td><td>{p.party}{p.recipient ? ` → ${p.recipient}` : ""}</td><td>{humanize(p.kind)}</td><td>{p.description}</td><td>{figures(p)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {data.events.length > 0 ? (
                <table className="w-full text-left">
                  <caption className="text-left font-medium">Events</caption>
                  <thead>
                    <tr><th>Row</th><th>Pledge</th><th>What</th><th>Figures</th><th>As of</th></tr>
                  </thead>
                  <tbody>
                    {data.events.map((e) => (
                      <tr key={e.row} className="border-t border-slate-100">
                        <td>{e.row}</td><td>{e.onExisting ? `${e.pledge} (in the ledger)` : `${e.pledge} (this file)`}</td><td>{humanize(e.kind)}</td>
                        <td>{[e.amount, e.quantity].filter((v) => v !== null).join(" / ") || "—"}</td><td>{e.asOf}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <form action={confirmAction}>
                <input type="hidden" name="fileName" value={data.fileName} />
                <input type="hidden" name="text" value={data.text} />
                <SubmitButton pendingLabel="Importing…">Confirm import</SubmitButton>
              </form>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
