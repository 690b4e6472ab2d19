"use server";

import { revalidatePath } from "next/cache";
import { markNotificationsRead } from "@/lib/dal/notifications";

export async function markAllReadAction() {
  await markNotificationsRead("all");
  revalidatePath("/", "layout");
}
