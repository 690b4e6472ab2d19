import { z } from "zod";
import { TOKEN_SCOPES, type TokenScope } from "@/lib/auth/permissions";
import { requiredText } from "@/lib/validation/fields";

/** A token lives at most a year: a forgotten one stops by itself. */
export const MAX_TOKEN_DAYS = 365;
export const TOKEN_DAY_CHOICES = [7, 30, 90, 365] as const;

export const ZCreateAccessTokenInput = z.object({
  name: requiredText("Name", 80),
  scope: z.enum(Object.keys(TOKEN_SCOPES) as [TokenScope, ...TokenScope[]], { error: "Choose what the token may do." }),
  days: z.coerce
    .number({ error: "Choose when the token expires." })
    .int("Choose when the token expires.")
    .min(1, "A token lives at least 1 day.")
    .max(MAX_TOKEN_DAYS, `A token lives at most ${MAX_TOKEN_DAYS} days.`),
});
export type CreateAccessTokenInput = z.infer<typeof ZCreateAccessTokenInput>;
