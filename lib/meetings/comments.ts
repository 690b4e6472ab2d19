import "server-only";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanText, hasVisibleText, parseId } from "@/lib/validation/parse";

export const MAX_COMMENT = 5_000;

/** Adds a staff-only comment to a meeting; viewers can neither write nor read these. */
export async function addComment(actor: CurrentUser, meetingId: string, body: string): Promise<void> {
  if (!can(actor, "comment:meeting:any")) throw new AppError("forbidden");
  const text = cleanText(body).trim();
  if (!hasVisibleText(text)) throw new AppError("invalid_input", "Write a comment first.");
  if (text.length > MAX_COMMENT) throw new AppError("invalid_input", `A comment can be at most ${MAX_COMMENT} characters.`);
  if (!parseId(meetingId)) throw new AppError("not_found");
  await db().$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({ where: { id: meetingId, discardedAt: null }, select: { id: true } });
    if (!meeting) throw new AppError("not_found");
    const comment = await tx.comment.create({ data: { meetingId, authorId: actor.id, body: text } });
    await recordAudit(tx, { actor, action: "meeting.comment", entityType: "meeting", entityId: meetingId, after: { commentId: comment.id } });
  });
}
