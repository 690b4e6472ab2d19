import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import type { MeetingInput } from "@/lib/validation/meeting";
import type { MeetingState } from "@/lib/workflow/meeting-workflow";
import { draftMeeting, staff } from "../meetings";
import type { FixtureState } from "./grid";

/** What each column of a matrix table means in the two states of decision 0024. */
export const FIXTURE_STATES = {
  draft: { workingCopy: "draft", publication: "unpublished" },
  changes_requested: { workingCopy: "changes_requested", publication: "unpublished" },
  in_review: { workingCopy: "in_review", publication: "unpublished" },
  published: { workingCopy: "none", publication: "published" },
  archived: { workingCopy: "none", publication: "archived" },
  retracted: { workingCopy: "none", publication: "retracted" },
} satisfies Record<FixtureState, MeetingState>;

const crews = new WeakMap<Db, Promise<{ author: CurrentUser; reviewer: CurrentUser }>>();

/** The editor who writes the matrix's meetings and the reviewer who approves them, one pair per database. */
function crew(prisma: Db) {
  if (!crews.has(prisma)) crews.set(prisma, Promise.all([staff(prisma, "editor"), staff(prisma, "reviewer")]).then(([author, reviewer]) => ({ author, reviewer })));
  return crews.get(prisma)!;
}

export type MeetingFixture = { id: string; title: string; input: MeetingInput; revisionId: string };

/** A meeting brought into `state` through the real workflow, at version 1. */
export async function meetingIn(prisma: Db, state: FixtureState, overrides: Partial<MeetingInput> = {}): Promise<MeetingFixture> {
  const { author, reviewer } = await crew(prisma);
  const { id, input } = await draftMeeting(author, overrides);
  const move = (actor: CurrentUser, name: Parameters<typeof transitionMeeting>[2]) =>
    transitionMeeting(actor, id, name, { version: 1, comment: "Please fix.", reason: "A reason." });
  if (state !== "draft") await move(author, "submit");
  if (state === "changes_requested") await move(reviewer, "request_changes");
  if (state === "published" || state === "archived" || state === "retracted") await move(reviewer, "approve");
  if (state === "archived") await move(reviewer, "archive");
  if (state === "retracted") await move(reviewer, "retract");
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
