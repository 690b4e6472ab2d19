"use client";

import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/errors";

/** Field errors keyed by dotted path, shared by every section of the meeting form. */
export const ErrorsContext = createContext<FieldErrors>({});

export function useFieldErrors(path: string): string[] | undefined {
  return useContext(ErrorsContext)[path];
}

/** Turns a path into a DOM id: "discussions.2.title" → "discussions-2-title". */
export const fieldId = (path: string) => path.replaceAll(".", "-");

/** Moves focus to a field once it is on screen (a row just added renders on the next frame). */
export function focusField(path: string) {
  requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
}
