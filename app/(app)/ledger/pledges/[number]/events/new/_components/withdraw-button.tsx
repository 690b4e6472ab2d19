"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { withdrawEventAction } from "../actions";

export function WithdrawButton({ eventId, pledgeNumber }: { eventId: string; pledgeNumber: number }) {
  const [result, action] = useActionState(withdrawEventAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="pledgeNumber" value={pledgeNumber} />
      {result && !result.ok ? <span role="alert" className="text-xs text-red-700">{result.formError}</span> : null}
      <SubmitButton variant="secondary" pendingLabel="Withdrawing…">Withdraw</SubmitButton>
    </form>
  );
}
