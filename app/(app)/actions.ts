"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/next-auth";

export async function signOutAction() {
  await signOut({ redirect: false });
  redirect("/sign-in");
}
