import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { cleanText, hasVisibleText } from "@/lib/validation/parse";

const storableText = () => z.string().transform(cleanText);

export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${label} is required.` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .max(max, `${label} must be at most ${max} characters.`)
        .refine((v) => hasVisibleText(v), `${label} is required.`)
        .refine((v) => v.length === 0 || v.length >= min, `${label} needs at least ${min} characters.`),
    );

export const optionalText = (label: string, max: number) =>
  storableText()
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
