import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { openNotification } from "@/lib/dal/notifications";

/** Following a notice marks it read and goes to its record. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getCurrentUser())) redirect("/sign-in?next=%2Fnotifications");
  redirect((await openNotification((await params).id)) ?? "/notifications");
}
