"use server";

import { revalidatePath } from "next/cache";
import { markNotificationsRead } from "@/lib/dal/notifications";
import { runAction } from "@/lib/errors";

// A form action with nothing to show: a refusal (signed out) changes nothing and is not a server error.
export async function markAllReadAction() {
  const result = await runAction(() => markNotificationsRead("all"));
  if (result.ok) revalidatePath("/", "layout");
}
