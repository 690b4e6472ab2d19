"use server";

import { authorize } from "@/lib/dal/authorize";
import { AppError, runAction, type ActionResult } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/passwords";

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await authorize();
    const next = String(formData.get("password") ?? "");
    if (next !== String(formData.get("confirm") ?? "")) throw new AppError("invalid_input", "The two new passwords are not the same.");
    await changeOwnPassword(actor, String(formData.get("current") ?? ""), next);
    return undefined;
  }, "Password changed. Your other sessions have been signed out.");
}
