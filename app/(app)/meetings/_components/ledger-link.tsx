"use client";

import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import type { MeetingInput } from "@/lib/validation/meeting";
import { fieldId, useFieldErrors } from "./form-context";

type Commitment = MeetingInput["commitments"][number];

/**
 * For a commitment recorded as new that the last save found similar to open
 * pledges: link it to one of them, or say it is new (asked once).
 */
export function LedgerLink({ index, commitment, update }: { index: number; commitment: Commitment; update: (patch: Partial<Commitment>) => void }) {
  const path = `commitments.${index}.pledge`;
  const messages = useFieldErrors(path);
  const similar = useFieldErrors(`commitments.${index}.similar`) ?? [];
  if (commitment.confirmNew) {
    return (
      <p className="text-sm text-slate-600">
        Will be saved as a new pledge.{" "}
        <button type="button" className="underline" onClick={() => update({ confirmNew: false })}>
          Undo
        </button>
      </p>
    );
  }
  if (!messages?.length) return null;
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" role="group" aria-labelledby={`${fieldId(path)}-error`}>
      <FieldErrors id={fieldId(path)} errors={messages} />
      <div className="flex flex-wrap gap-2">
        {similar.map((number) => (
          <Button
            key={number}
            type="button"
            variant="secondary"
            onClick={() => update({ announcement: "reannounced", pledge: `P-${number}`, confirmNew: false })}
          >
            Link to P-{number}
          </Button>
        ))}
        {similar.length ? (
          <Button type="button" variant="secondary" onClick={() => update({ confirmNew: true })}>
            It is new
          </Button>
        ) : null}
      </div>
    </div>
  );
}
