"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { revokeAccessTokenAction } from "../actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [result, action] = useActionState(revokeAccessTokenAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="tokenId" value={tokenId} />
      {result && !result.ok ? <span role="alert" className="text-xs text-red-700">{result.formError}</span> : null}
      <SubmitButton pendingLabel="Revoking…" variant="secondary" aria-label={`Revoke ${name}`}>
        Revoke
      </SubmitButton>
    </form>
  );
}
