"use server";

import { authorize } from "@/lib/dal/authorize";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError, failure, type ActionResult } from "@/lib/errors";
import { changeOwnPassword } from "@/lib/users/passwords";

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  try {
    await authorize("read:readout"); // any signed-in, active user
    const actor = (await getCurrentUser())!;
    const next = String(formData.get("password") ?? "");
    if (next !== String(formData.get("confirm") ?? "")) throw new AppError("invalid_input", "The two new passwords are not the same.");
    await changeOwnPassword(actor, String(formData.get("current") ?? ""), next);
    return { ok: true, data: undefined, message: "Password changed. Your other sessions have been signed out." };
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    throw error;
  }
}
