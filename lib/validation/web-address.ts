import { z } from "zod";
import { cleanText } from "@/lib/validation/parse";

/**
 * An optional link, decided on the parsed URL rather than the typed text:
 * only absolute http(s) addresses with a host and no credentials are kept,
 * in the form `new URL` normalises them to ("" when none is given).
 */
export const webAddress = (label: string, max: number) =>
  z
    .string()
    .default("")
    .transform((v) => cleanText(v).trim())
    .refine((v) => v.length <= max, `${label} must be at most ${max} characters.`)
    .transform((v, ctx) => {
      if (v === "") return "";
      const url = URL.canParse(v) ? new URL(v) : null;
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) {
        ctx.addIssue({ code: "custom", message: `${label} must be a web address starting with https:// or http://.` });
        return z.NEVER;
      }
      if (url.username || url.password) {
        ctx.addIssue({ code: "custom", message: `${label} must not contain a user name or password.` });
        return z.NEVER;
      }
      return url.href;
    });
