"use client";

import { useEffect, useRef } from "react";
import type { ActionResult } from "@/lib/errors";

/** Empties a form once its action succeeds, so the next entry starts clean. */
export function useResetOnSuccess(result: ActionResult<unknown> | null) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.ok) form.current?.reset();
  }, [result]);
  return form;
}
