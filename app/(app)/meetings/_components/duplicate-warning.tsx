"use client";

import Link from "next/link";
import { DUPLICATE_FIELD, DUPLICATE_RECORDS, readSameDayRecords } from "@/lib/meetings/same-day-keys";
import { fieldId, useFieldErrors } from "./form-context";

/** After a save refused because records of the same series and day exist: links to them, and a confirmation to save anyway. */
export function DuplicateWarning({ confirmed, onConfirm }: { confirmed: boolean; onConfirm: (value: boolean) => void }) {
  const message = useFieldErrors(DUPLICATE_FIELD);
  const records = readSameDayRecords(useFieldErrors(DUPLICATE_RECORDS));
  if (!message?.length) return null;
  const id = fieldId(DUPLICATE_FIELD);
  return (
    <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p id={`${id}-error`} className="font-medium">{message.join(" ")}</p>
      <ul className="list-disc pl-5">
        {records.map((r) => (
          <li key={r.id}>
            <Link href={`/meetings/${r.id}`} target="_blank" className="underline">
              {r.title}
            </Link>{" "}
            ({r.day}, opens in a new tab)
          </li>
        ))}
      </ul>
      <label className="flex items-center gap-2">
        <input id={id} type="checkbox" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} aria-describedby={`${id}-error`} />
        This is a different meeting: save it anyway
      </label>
    </div>
  );
}
