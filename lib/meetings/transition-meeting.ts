import "server-only";
import { recordAudit, type AuditAction } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cleanText, hasVisibleText } from "@/lib/validation/parse";
import { MAX_COMMENT } from "@/lib/meetings/comments";
import { pledgeIdsOfMeeting, refreshPledges } from "@/lib/ledger/refresh-pledges";
import { checkOpenItemComments, closeOverriddenComments } from "@/lib/meetings/item-comments";
import { lockMeeting, type LockedMeeting } from "@/lib/meetings/lock-meeting";
import { notify, reviewerIds } from "@/lib/notifications";
import { checkMove, MOVES, nextState, type MeetingState, type Move, type Refusal } from "@/lib/workflow/meeting-workflow";

export type TransitionMove = Exclude<Move, "edit">;

export const isTransitionMove = (value: string): value is TransitionMove => value in MOVES && value !== "edit";

/** The longest reason for archiving or retracting, and the longest correction note. */
export const MAX_REASON = 1_000;
export const MAX_CORRECTION_NOTE = 2_000;

const AUDIT_ACTION = {
  submit: "meeting.submit",
  withdraw: "meeting.withdraw",
  approve: "meeting.approve",
  request_changes: "meeting.request_changes",
  discard: "meeting.discard",
  archive: "meeting.archive",
  restore: "meeting.restore",
  retract: "meeting.retract",
} satisfies Record<TransitionMove, AuditAction>;

const REFUSALS = {
  forbidden: () => new AppError("forbidden"),
  invalid_state: () => new AppError("invalid_state", "This record has moved on since you opened it; reload to see where it stands."),
  own_record: () => new AppError("forbidden", "You cannot review a record you created or edited. Another reviewer must do it."),
  comment_required: () => new AppError("invalid_input", "Say what needs to change: a comment is required."),
  reason_required: () => new AppError("invalid_input", "Give a reason: it is kept on the record."),
  note_required: () =>
    new AppError("invalid_input", "This record was published before: a correction note saying what changed and why is required."),
  note_unconfirmed: () => new AppError("invalid_input", "Confirm the correction note readers will see before approving."),
} satisfies Record<Refusal, () => AppError>;

export type TransitionOptions = {
  version: number;
  comment?: string;
  reason?: string;
  /** At submit: what changed since the published version and why. */
  correctionNote?: string;
  /** At approval: the reviewer confirms the correction note they were shown. */
  noteConfirmed?: boolean;
  /** At approval from the form: the note as the reviewer was shown it, which must still be the version's note. */
  confirmedNote?: string;
  /** At approval despite open item comments: why (docs/decisions/0025). */
  override?: string;
  /** The open comments the override form showed: the override covers exactly these. */
  overriddenComments?: string[];
};

function bounded(value: string | undefined, max: number, what: string): string {
  const cleaned = cleanText(value ?? "").trim();
  const text = hasVisibleText(cleaned) ? cleaned : "";
  if (text.length > max) throw new AppError("invalid_input", `${what} can be at most ${max} characters.`);
  return text;
}

/**
 * Moves a meeting through the workflow. The state change, the review record,
 * notifications and the audit entry are one transaction on a locked row, so a
 * double click or two reviewers at once end in one consistent state.
 * `version` pins the decision to the revision the user was looking at.
 */
export async function transitionMeeting(
  actor: CurrentUser,
  meetingId: string,
  move: TransitionMove,
  options: TransitionOptions,
): Promise<MeetingState> {
  const comment = bounded(options.comment, MAX_COMMENT, "A comment");
  const reason = bounded(options.reason, MAX_REASON, "A reason");
  const typedNote = bounded(options.correctionNote, MAX_CORRECTION_NOTE, "A correction note");
  return db().$transaction(async (tx) => {
    const meeting = await lockMeeting(tx, meetingId);
    if (!meeting) throw new AppError("not_found");
    const revision = await tx.revision.findUniqueOrThrow({
      where: { meetingId_number: { meetingId, number: meeting.version } },
      select: { id: true, correctionNote: true },
    });
    if (move === "approve" && options.confirmedNote !== undefined && options.confirmedNote !== revision.correctionNote) {
      throw new AppError("conflict", "The correction note changed after you opened this page. Reload, read the note again, then approve.");
    }
    const check = checkMove(move, {
      state: meeting.state,
      user: actor,
      contributorIds: meeting.contributorIds,
      publishedBefore: meeting.firstPublishedAt !== null,
      comment,
      reason,
      correctionNote: move === "approve" ? revision.correctionNote : typedNote,
      noteConfirmed: options.noteConfirmed === true,
    });
    if (!check.ok) throw REFUSALS[check.reason]();
    if (meeting.version !== options.version) {
      throw new AppError("conflict", "The record was changed after you opened it. Reload and review the latest version.");
    }
    const override = move === "approve" ? await checkOpenItemComments(tx, meetingId, options.override, options.overriddenComments) : null;
    const to = nextState(move, meeting.state);
    const version = await applyMove(tx, { actor, meeting, move, to, revisionId: revision.id, comment, reason, typedNote, override: override?.override ?? "" });
    if (override) await closeOverriddenComments(tx, meetingId, actor.id);
    await recordAudit(tx, {
      actor,
      action: AUDIT_ACTION[move],
      entityType: "meeting",
      entityId: meetingId,
      before: { ...meeting.state, version: meeting.version },
      after: { ...to, version, ...(comment ? { comment } : {}), ...(reason ? { reason } : {}), ...(typedNote ? { correctionNote: typedNote } : {}), ...override },
    });
    await announce(tx, { actor, meeting, move, comment });
    return to;
  });
}

type MoveArgs = {
  actor: CurrentUser;
  meeting: LockedMeeting;
  move: TransitionMove;
  to: MeetingState;
  revisionId: string;
  comment: string;
  reason: string;
  typedNote: string;
  /** At approval despite open item comments: the reviewer's reason. */
  override: string;
};

/** Writes the move; returns the meeting's version afterwards. */
async function applyMove(tx: Tx, args: MoveArgs): Promise<number> {
  const { meeting, move, revisionId, actor, comment, reason, to, override } = args;
  const now = new Date();
  const state = { workingCopy: to.workingCopy, publication: to.publication };
  let version = meeting.version;
  switch (move) {
    case "submit":
      if (meeting.firstPublishedAt) await tx.revision.update({ where: { id: revisionId }, data: { correctionNote: args.typedNote } });
      await tx.meeting.update({ where: { id: meeting.id }, data: { ...state, submittedAt: now } });
      break;
    case "approve":
      await tx.revision.update({ where: { id: revisionId }, data: { publishedAt: now } });
      await tx.meeting.update({
        where: { id: meeting.id },
        data: { ...state, publishedRevisionId: revisionId, publishedAt: now, firstPublishedAt: meeting.firstPublishedAt ?? now },
      });
      break;
    case "discard":
      version = await discard(tx, meeting, state);
      break;
    case "archive":
      await tx.meeting.update({ where: { id: meeting.id }, data: { ...state, archiveReason: reason } });
      break;
    case "retract":
      await tx.revision.update({ where: { id: meeting.publishedRevisionId! }, data: { retractedAt: now, retractionReason: reason } });
      await tx.meeting.update({ where: { id: meeting.id }, data: state });
      break;
    default:
      await tx.meeting.update({ where: { id: meeting.id }, data: state });
  }
  // What readers see of the meeting changed: so did its pledges' published terms.
  if (to.publication !== meeting.state.publication || move === "approve") {
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
  return version;
}

/**
 * A draft that was never published disappears (kept for the audit log); the
 * draft of a published record is dropped and the published version becomes
 * the current one again (its revisions stay in the history).
 */
async function discard(tx: Tx, meeting: LockedMeeting, state: MeetingState): Promise<number> {
  if (!meeting.publishedRevisionId) {
    await tx.meeting.update({ where: { id: meeting.id }, data: { ...state, discardedAt: new Date() } });
    return meeting.version;
  }
  const published = await tx.revision.findUniqueOrThrow({ where: { id: meeting.publishedRevisionId }, select: { number: true } });
  await tx.meeting.update({ where: { id: meeting.id }, data: { ...state, version: published.number } });
  return published.number;
}

async function announce(tx: Tx, args: { actor: CurrentUser; meeting: LockedMeeting; move: TransitionMove; comment: string }) {
  const { actor, meeting, move, comment } = args;
  const others = meeting.contributorIds.filter((id) => id !== actor.id);
  switch (move) {
    case "submit":
      return notify(tx, await reviewerIds(tx, meeting.contributorIds), meeting.id, "review_requested", actor.name);
    case "approve":
      return notify(tx, others, meeting.id, "approved", actor.name);
    case "request_changes":
      return notify(tx, others, meeting.id, "changes_requested", actor.name, comment);
    default:
      return;
  }
}
