import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { createMeeting } from "@/lib/meetings/save-meeting";
import type { MeetingInput } from "@/lib/validation/meeting";
import { createUser, meetingInput } from "./factories";

/** A signed-in user as the business functions receive it. */
export async function staff(prisma: Db, role: "admin" | "editor" | "reviewer" | "viewer"): Promise<CurrentUser> {
  const user = await createUser(prisma, role);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: "test" };
}

export async function draftMeeting(author: CurrentUser, overrides: Partial<MeetingInput> = {}) {
  const input = meetingInput(overrides);
  const saved = await createMeeting(author, input);
  return { ...saved, input };
}
