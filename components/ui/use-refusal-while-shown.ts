"use client";

import { useState } from "react";

/**
 * An action's result, except a refusal once `shown` (what it was about) has
 * changed: after another form moved the record on, the old refusal is stale.
 */
export function useRefusalWhileShown<T extends { ok: boolean }>(result: T | null, shown: string): T | null {
  const [about, setAbout] = useState({ result, shown });
  if (about.result !== result) {
    setAbout({ result, shown });
    return result;
  }
  return result && (result.ok || about.shown === shown) ? result : null;
}
