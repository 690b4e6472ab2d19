"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { THROTTLE } from "@/lib/auth/throttle";
import { safeNext } from "@/lib/http/safe-next";
import { signIn } from "@/lib/auth/next-auth";

export type SignInState = { email: string; error?: string };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { email, error: "Enter your email address and password." };
  try {
    // No redirect from next-auth: it would build an absolute URL from the request's Host.
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      return {
        email,
        error: `Too many failed attempts. Wait ${THROTTLE.lockMinutes} minutes, then try again, or ask an admin to reset your password.`,
      };
    }
    if (error instanceof AuthError) {
      // The same words whether or not the account exists.
      return { email, error: "The email address or password is not right, or the account is not active." };
    }
    throw error;
  }
  redirect(safeNext(formData.get("next")));
}
