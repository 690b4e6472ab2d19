"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError, failure, runAction, type ActionResult } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/users/passwords";

export async function setPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const kind = formData.get("kind") === "invitation" ? "invitation" : "password_reset";
  const password = String(formData.get("password") ?? "");
  if (password !== String(formData.get("confirm") ?? "")) {
    return failure(new AppError("invalid_input", "The two passwords are not the same."));
  }
  const result = await runAction(() => setPasswordWithToken(kind, String(formData.get("token") ?? ""), password));
  if (!result.ok) return result;
  redirect("/sign-in?password=set");
}

export async function forgotPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  await requestPasswordReset(String(formData.get("email") ?? "").slice(0, 320), clientIp(await headers()));
  return {
    ok: true,
    data: undefined,
    message: "If that address has an active account, a reset link is on its way. If nothing arrives, ask an admin for a link.",
  };
}
