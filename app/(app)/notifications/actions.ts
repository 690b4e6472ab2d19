"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { markNotificationsRead } from "@/lib/dal/notifications";

// A plain form with no result to show: signed out (a session that ended while the
// page was open), the browser goes to sign-in, as the page itself would; a thrown
// refusal here would be a server error.
export async function markAllReadAction() {
  if (!(await getCurrentUser())) redirect("/sign-in?next=%2Fnotifications");
  await markNotificationsRead("all");
  revalidatePath("/", "layout");
}
