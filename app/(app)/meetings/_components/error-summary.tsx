"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors } from "@/lib/errors";
import { describeField, summaryMessage } from "@/lib/meetings/field-names";
import { fieldId } from "./form-context";

/**
 * What a refused save found, at the top of the form: focused as it appears,
 * each problem a link to its field (which takes the focus).
 */
export function ErrorSummary({ formError, fieldErrors, shownAt, children }: { formError?: string; fieldErrors: FieldErrors; shownAt: unknown; children?: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [shownAt]);
  // ".similar" lists the pledges offered beside a "looks like" message: not a problem of its own.
  const problems = Object.entries(fieldErrors).filter(([path]) => path !== "_form" && !path.endsWith(".similar"));
  const goTo = (event: React.MouseEvent<HTMLAnchorElement>, path: string) => {
    const field = document.getElementById(fieldId(path));
    if (!field) return;
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
  };
  return (
    <div ref={box} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 focus:outline-2 focus:outline-red-700">
      <h2 id="error-summary-title" className="font-medium">
        {formError ?? "The meeting was not saved."}
      </h2>
      {fieldErrors._form ? <p>{fieldErrors._form.join(" ")}</p> : null}
      {problems.length > 0 ? (
        <>
          <p>{problems.length === 1 ? "One field needs" : `${problems.length} fields need`} attention:</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {problems.map(([path, messages]) => (
              <li key={path}>
                <a href={`#${fieldId(path)}`} className="underline" onClick={(event) => goTo(event, path)}>
                  {describeField(path)}
                </a>
                : {summaryMessage(path, messages)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </div>
  );
}
