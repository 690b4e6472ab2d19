import "server-only";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockMeeting } from "@/lib/meetings/lock-meeting";
import type { ItemKind, TItemCommentInput } from "@/lib/validation/item-comment";
import { overrideReason } from "@/lib/validation/item-comment";
import { parseId } from "@/lib/validation/parse";
import { checkMove } from "@/lib/workflow/meeting-workflow";

/** How an item is named in a comment: the words a person recognises it by. */
async function findItemLabel(tx: Tx, revisionId: string, kind: ItemKind, key: string): Promise<string | null> {
  const where = { revisionId, key };
  switch (kind) {
    case "participant":
      return (await tx.participant.findFirst({ where, select: { name: true } }))?.name ?? null;
    case "discussion":
      return (await tx.discussion.findFirst({ where, select: { title: true } }))?.title ?? null;
    case "commitment": {
      const c = await tx.commitment.findFirst({ where, select: { party: true, description: true } });
      return c ? `${c.party}: ${c.description}`.slice(0, 200) : null;
    }
  }
}

/**
 * A reviewer comments on one item of the version under review. Whoever may
 * request changes on the record may do this, so the workflow module decides.
 */
export async function addItemComment(actor: CurrentUser, input: TItemCommentInput): Promise<void> {
  if (!can(actor, "review:meeting:any")) throw new AppError("forbidden");
  await db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (!meeting) throw new AppError("not_found");
    const check = checkMove("request_changes", { state: meeting.state, user: actor, contributorIds: meeting.contributorIds, comment: "x" });
    if (!check.ok) {
      throw check.reason === "invalid_state"
        ? new AppError("invalid_state", "Items can be commented on only while the record is in review.")
        : new AppError("forbidden", "You cannot review a record you created or edited.");
    }
    const revision = await tx.revision.findUniqueOrThrow({
      where: { meetingId_number: { meetingId: meeting.id, number: meeting.version } },
      select: { id: true },
    });
    const label = await findItemLabel(tx, revision.id, input.item.kind, input.item.key);
    if (label === null) throw new AppError("invalid_input", "That item is not in the version under review.", { item: ["Choose an item of this version."] });
    const comment = await tx.itemComment.create({
      data: {
        meetingId: meeting.id,
        revisionId: revision.id,
        itemKind: input.item.kind,
        itemKey: input.item.key,
        itemLabel: label,
        body: input.body,
        authorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actor,
      action: "meeting.item_comment",
      entityType: "meeting",
      entityId: meeting.id,
      after: { commentId: comment.id, item: input.item.kind, label, version: meeting.version },
    });
  });
}

/**
 * Staff resolve a comment (they changed the item, or answered it); reviewers
 * reopen one they find unanswered. Neither changes the record itself.
 */
export async function setItemCommentResolved(actor: CurrentUser, commentId: string, resolved: boolean): Promise<{ meetingId: string }> {
  if (!can(actor, resolved ? "resolve:comment:any" : "review:meeting:any")) throw new AppError("forbidden");
  if (!parseId(commentId)) throw new AppError("not_found");
  return db().$transaction(async (tx) => {
    const comment = await tx.itemComment.findUnique({ where: { id: commentId }, select: { id: true, meetingId: true, resolvedAt: true, itemLabel: true } });
    // A discarded draft is not found, and nothing can be done to it any more (decision 0024).
    if (!comment || !(await lockMeeting(tx, comment.meetingId))) throw new AppError("not_found");
    if ((comment.resolvedAt !== null) === resolved) return { meetingId: comment.meetingId };
    await tx.itemComment.update({
      where: { id: comment.id },
      data: resolved ? { resolvedAt: new Date(), resolvedById: actor.id, overridden: false } : { resolvedAt: null, resolvedById: null, overridden: false },
    });
    await recordAudit(tx, {
      actor,
      action: resolved ? "meeting.item_comment_resolve" : "meeting.item_comment_reopen",
      entityType: "meeting",
      entityId: comment.meetingId,
      after: { commentId: comment.id, label: comment.itemLabel },
    });
    return { meetingId: comment.meetingId };
  });
}

/**
 * Called on the approve path, inside its transaction: refuses while item
 * comments are open, unless the reviewer gives a reason to override them.
 * Returns what the review and the audit entry record about the override.
 */
export async function checkOpenItemComments(
  tx: Tx,
  meetingId: string,
  reason: string | undefined,
  seen: readonly string[] = [],
): Promise<{ override: string; openComments: number } | null> {
  const openIds = (await tx.itemComment.findMany({ where: { meetingId, resolvedAt: null }, select: { id: true } })).map((c) => c.id);
  const open = openIds.length;
  if (open === 0) return null;
  const given = overrideReason.safeParse(reason ?? "");
  if (given.success) {
    // The override closes the comments; only those the reviewer was shown.
    const shown = new Set(seen);
    if (openIds.some((id) => !shown.has(id))) {
      throw new AppError(
        "conflict",
        `${open === 1 ? "1 item comment is" : `${open} item comments are`} open now, not the ones you saw: another comment was added or reopened. Read ${open === 1 ? "it" : "them"}, then approve again.`,
      );
    }
    return { override: given.data, openComments: open };
  }
  const what = open === 1 ? "1 item comment is" : `${open} item comments are`;
  if ((reason ?? "").trim()) throw new AppError("invalid_input", given.error.issues[0]!.message);
  throw new AppError(
    "invalid_state",
    `${what} not resolved yet. The editors must resolve ${open === 1 ? "it" : "them"} first, or approve with a reason for overriding ${open === 1 ? "it" : "them"}.`,
  );
}

/**
 * After an approval that overrode open comments: they are closed by the
 * approver, so the next correction does not meet them again. The review keeps
 * the reason they were overridden.
 */
export async function closeOverriddenComments(tx: Tx, meetingId: string, approverId: string): Promise<void> {
  await tx.itemComment.updateMany({ where: { meetingId, resolvedAt: null }, data: { resolvedAt: new Date(), resolvedById: approverId, overridden: true } });
}
