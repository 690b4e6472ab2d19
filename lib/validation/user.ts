import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { requiredText } from "@/lib/validation/fields";

export const ZCreateUserInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email address." }).max(320, "That email address is too long.")),
  name: requiredText("Name", 120),
  role: z.enum(ROLES, { error: "Choose a role." }),
});
export type CreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZRole = z.enum(ROLES, { error: "Choose a role." });
