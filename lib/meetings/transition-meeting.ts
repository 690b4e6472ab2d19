import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanText } from "@/lib/validation/parse";
import { MAX_COMMENT } from "@/lib/meetings/comments";
import { pledgeIdsOfMeeting, refreshPledges } from "@/lib/ledger/refresh-pledges";
import { checkOpenItemComments } from "@/lib/meetings/item-comments";
import { lockMeeting, type LockedMeeting } from "@/lib/meetings/lock-meeting";
import { notify, reviewerIds } from "@/lib/notifications";
import { checkMove, MOVES, type Move } from "@/lib/workflow/meeting-workflow";

export type TransitionMove = Exclude<Move, "edit">;

export const isTransitionMove = (value: string): value is TransitionMove => value in MOVES && value !== "edit";

const AUDIT_ACTION = {
  submit: "meeting.submit",
  withdraw: "meeting.withdraw",
  approve: "meeting.approve",
  request_changes: "meeting.request_changes",
  archive: "meeting.archive",
  restore: "meeting.restore",
} satisfies Record<TransitionMove, AuditAction>;

const REFUSALS = {
  forbidden: () => new AppError("forbidden"),
  invalid_state: () => new AppError("invalid_state", "This record has moved on since you opened it; reload to see where it stands."),
  own_record: () => new AppError("forbidden", "You cannot review a record you created or edited. Another reviewer must do it."),
  comment_required: () => new AppError("invalid_input", "Say what needs to change: a comment is required."),
} as const;

/**
 * Moves a meeting through the review workflow. The state change, the review
 * record, notifications and the audit entry are one transaction on a locked
 * row, so a double click or two reviewers at once end in one consistent state.
 * `version` pins the decision to the revision the user was looking at.
 */
export async function transitionMeeting(
  actor: CurrentUser,
  meetingId: string,
  move: TransitionMove,
  options: { version: number; comment?: string; override?: string },
): Promise<{ status: string }> {
  const comment = cleanText(options.comment ?? "").trim();
  if (comment.length > MAX_COMMENT) throw new AppError("invalid_input", `A comment can be at most ${MAX_COMMENT} characters.`);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) throw new AppError("not_found");
    const check = checkMove(move, { status: meeting.status, user: actor, contributorIds: meeting.contributorIds, comment });
    if (!check.ok) throw REFUSALS[check.reason]();
    if (meeting.version !== options.version) {
      throw new AppError("conflict", "The record was changed after you opened it. Reload and review the latest version.");
    }
    const revision = await tx.revision.findUniqueOrThrow({
      where: { meetingId_number: { meetingId, number: meeting.version } },
      select: { id: true },
    });
    const override = move === "approve" ? await checkOpenItemComments(tx, meetingId, options.override) : null;
    const to = MOVES[move].to;
    await applyMove(tx, { actor, meeting, move, revisionId: revision.id, comment, override: override?.override ?? "" });
    await recordAudit(tx, {
      actor,
      action: AUDIT_ACTION[move],
      entityType: "meeting",
      entityId: meetingId,
      before: { status: meeting.status, version: meeting.version },
      after: { status: to, version: meeting.version, ...(comment ? { comment } : {}), ...override },
    });
    await announce(tx, { actor, meeting, move });
    return { status: to };
  });
}

async function applyMove(
  tx: Tx,
  args: { actor: CurrentUser; meeting: LockedMeeting; move: TransitionMove; revisionId: string; comment: string; override: string },
) {
  const { meeting, move, revisionId, actor, comment, override } = args;
  const status = MOVES[move].to;
  if (move === "approve") {
    await tx.meeting.update({
      where: { id: meeting.id },
      data: { status, publishedRevisionId: revisionId, publishedAt: new Date() },
    });
  } else {
    await tx.meeting.update({ where: { id: meeting.id }, data: { status, ...(move === "submit" ? { submittedAt: new Date() } : {}) } });
  }
  // What the public sees of the meeting changed: so did its pledges' published terms.
  if (move === "approve" || move === "archive" || move === "restore") {
    await refreshPledges(tx, await pledgeIdsOfMeeting(tx, meeting.id));
  }
  if (move === "approve" || move === "request_changes") {
    await tx.review.create({
      data: {
        meetingId: meeting.id,
        revisionId,
        reviewerId: actor.id,
        decision: move === "approve" ? "approved" : "changes_requested",
        comment,
        override,
      },
    });
  }
}

async function announce(tx: Tx, args: { actor: CurrentUser; meeting: LockedMeeting; move: TransitionMove }) {
  const { actor, meeting, move } = args;
  const others = meeting.contributorIds.filter((id) => id !== actor.id);
  switch (move) {
    case "submit":
      return notify(tx, await reviewerIds(tx, meeting.contributorIds), meeting.id, "review_requested", actor.name);
    case "approve":
      return notify(tx, others, meeting.id, "approved", actor.name);
    case "request_changes":
      return notify(tx, others, meeting.id, "changes_requested", actor.name);
    default:
      return;
  }
}
