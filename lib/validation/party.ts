import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

export const ZPartyAliasInput = z.object({
  party: requiredText("Party", 200),
  alias: requiredText("Alias", 200),
});
export type PartyAliasInput = z.infer<typeof ZPartyAliasInput>;
