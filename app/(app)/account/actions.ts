"use server";

import { revalidatePath } from "next/cache";
import { createOwnAccessToken, revokeOwnAccessToken } from "@/lib/dal/access-tokens";
import { authorize } from "@/lib/dal/authorize";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/passwords";
import { ZCreateAccessTokenInput } from "@/lib/validation/access-token";
import { toFieldErrors } from "@/lib/validation/fields";

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await authorize();
    const next = String(formData.get("password") ?? "");
    if (next !== String(formData.get("confirm") ?? "")) throw new AppError("invalid_input", "The two new passwords are not the same.");
    await changeOwnPassword(actor, String(formData.get("current") ?? ""), next);
    return undefined;
  }, "Password changed. Your other sessions have been signed out.");
}

export type NewAccessToken = { secret: string; name: string; expiresAt: string };

export async function createAccessTokenAction(_previous: ActionResult<NewAccessToken> | null, formData: FormData): Promise<ActionResult<NewAccessToken>> {
  return runAction(async () => {
    const parsed = ZCreateAccessTokenInput.safeParse({ name: formData.get("name") ?? "", scope: formData.get("scope") ?? "", days: formData.get("days") ?? "" });
    // Signed out or not allowed is said before anything about the input.
    if (!parsed.success) {
      await authorize("manage:token:own");
      throw new AppError("invalid_input", undefined, toFieldErrors(parsed.error));
    }
    const token = await createOwnAccessToken(parsed.data);
    revalidatePath("/account");
    return { secret: token.secret, name: token.name, expiresAt: token.expiresAt.toISOString() };
  });
}

export async function revokeAccessTokenAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await revokeOwnAccessToken(String(formData.get("tokenId") ?? "").slice(0, 64));
    revalidatePath("/account");
    return undefined;
  }, "Token revoked: it stops working at once.");
}
