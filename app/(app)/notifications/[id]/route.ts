import { redirect } from "next/navigation";
import { openNotification } from "@/lib/dal/notifications";
import { handleRoute } from "@/lib/http/route-errors";

/** Following a notice marks it read and goes to its record. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const meetingId = await openNotification((await params).id);
    redirect(meetingId ? `/meetings/${meetingId}` : "/notifications");
  });
}
