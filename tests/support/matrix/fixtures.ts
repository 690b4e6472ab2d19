import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { User } from "@/lib/generated/prisma/client";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import type { MeetingInput } from "@/lib/validation/meeting";
import { draftMeeting, staff } from "../meetings";

const crews = new WeakMap<Db, Promise<{ author: CurrentUser; reviewer: CurrentUser }>>();

/** The editor who writes the matrix's meetings and the reviewer who approves them, one pair per database. */
function crew(prisma: Db) {
  if (!crews.has(prisma)) crews.set(prisma, Promise.all([staff(prisma, "editor"), staff(prisma, "reviewer")]).then(([author, reviewer]) => ({ author, reviewer })));
  return crews.get(prisma)!;
}

export type MeetingFixture = { id: string; title: string; input: MeetingInput; revisionId: string };

/** A meeting brought into `state` through the real workflow, at version 1. */
export async function meetingIn(prisma: Db, state: MeetingStatus, overrides: Partial<MeetingInput> = {}): Promise<MeetingFixture> {
  const { author, reviewer } = await crew(prisma);
  const { id, input } = await draftMeeting(author, overrides);
  if (state !== "draft") await transitionMeeting(author, id, "submit", { version: 1 });
  if (state === "published" || state === "archived") await transitionMeeting(reviewer, id, "approve", { version: 1 });
  if (state === "archived") await transitionMeeting(reviewer, id, "archive", { version: 1 });
  const revision = await prisma.revision.findFirstOrThrow({ where: { meetingId: id, number: 1 }, select: { id: true } });
  return { id, title: input.title, input, revisionId: revision.id };
}

/** Makes `actor` the meeting's creator, as if they had recorded it (in an earlier role, for a reviewer). */
export async function makeOwn(prisma: Db, meetingId: string, actor: User | null) {
  if (actor) await prisma.meeting.update({ where: { id: meetingId }, data: { createdById: actor.id } });
}

const readable = new WeakMap<Db, Promise<MeetingFixture>>();

/** A published meeting that everyone may read, one per database, for notices that point at it. */
export function publishedMeeting(prisma: Db): Promise<MeetingFixture> {
  if (!readable.has(prisma)) readable.set(prisma, meetingIn(prisma, "published"));
  return readable.get(prisma)!;
}
