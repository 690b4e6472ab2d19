import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

// Postgres text cannot hold NUL; other control characters (but tabs and line
// breaks) are invisible junk from copy and paste.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
export const stripControls = (value: string) => value.replace(CONTROLS, "");
const cleanText = () => z.string().transform(stripControls);

export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${label} is required.` })
    .transform(stripControls)
    .pipe(
      z
        .string()
        .trim()
        .max(max, `${label} must be at most ${max} characters.`)
        .refine((v) => v.length > 0, `${label} is required.`)
        .refine((v) => v.length === 0 || v.length >= min, `${label} needs at least ${min} characters.`),
    );

export const optionalText = (label: string, max: number) =>
  cleanText()
    .pipe(z.string().trim().max(max, `${label} must be at most ${max} characters.`))
    .default("");

/** Turns zod issues into messages keyed by dotted path ("discussions.2.title"). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}
