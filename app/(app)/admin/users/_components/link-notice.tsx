"use client";

import { useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";

const noSubscription = () => () => {};

/**
 * Shows a one-time link once, to the admin who made it, to pass on. Without
 * READOUT_URL the server sends a path, and the link is completed with the
 * address this browser is on: never with a host taken from request headers.
 */
export function LinkNotice({ what, link, emailed, expiresAt }: { what: string; link: string; emailed: boolean; expiresAt: string }) {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => null);
  const shown = origin ? new URL(link, origin).toString() : link;
  return (
    <Alert tone="success">
      <p className="font-medium">{what}</p>
      <p>
        {emailed ? "It is being emailed (retried if the mail server is down). " : "Email is not configured, so pass this link on yourself. "}
        It works once, until {new Date(expiresAt).toUTCString()}:
      </p>
      <input readOnly value={shown} aria-label={`${what}: link`} className="mt-2 w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
    </Alert>
  );
}
