import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

export const ITEM_KINDS = ["participant", "discussion", "commitment"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const MAX_ITEM_COMMENT = 2_000;
export const MAX_OVERRIDE_REASON = 1_000;

/** The reviewer's form: which item ("kind:key") and what about it. */
export const ZItemCommentInput = z.object({
  meetingId: z.string().trim().min(1),
  item: z
    .string({ error: "Choose the item the comment is about." })
    .regex(/^(participant|discussion|commitment):[A-Za-z0-9_-]{1,64}$/, "Choose the item the comment is about.")
    .transform((value) => {
      const [kind, key] = value.split(":") as [ItemKind, string];
      return { kind, key };
    }),
  body: requiredText("Comment", MAX_ITEM_COMMENT),
});
export type TItemCommentInput = z.infer<typeof ZItemCommentInput>;

/** Why a reviewer approves although item comments are still open. */
export const overrideReason = requiredText("Reason for approving with open comments", MAX_OVERRIDE_REASON);
