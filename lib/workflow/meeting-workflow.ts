import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { Publication, WorkingCopy } from "@/lib/generated/prisma/enums";

/** A meeting's two states: where its working copy stands, and what readers see (decision 0024). */
export type MeetingState = { workingCopy: WorkingCopy; publication: Publication };

const ANY_COPY = ["none", "draft", "changes_requested", "in_review"] as const satisfies readonly WorkingCopy[];
const EDITABLE_COPY = ["none", "draft", "changes_requested"] as const satisfies readonly WorkingCopy[];
const NOT_ARCHIVED = ["unpublished", "published", "retracted"] as const satisfies readonly Publication[];
const ANY_PUBLICATION = ["unpublished", "published", "archived", "retracted"] as const satisfies readonly Publication[];

type Rule = {
  /** The working-copy states the move starts from. */
  copy: readonly WorkingCopy[];
  /** What readers must be seeing for the move to be allowed. */
  publication: readonly Publication[];
  /** Where the working copy ends up; unchanged when absent. */
  toCopy?: WorkingCopy;
  /** What readers see afterwards; unchanged when absent. */
  toPublication?: Publication;
  permission: Permission;
  label: string;
  /** The people who wrote the record may not make it (separation of duties). */
  notByContributors?: true;
  /** A comment for the editors is required. */
  needsComment?: true;
  /** A reason, kept on the record, is required. */
  needsReason?: true;
  /** Once the record has been published, a correction note is required. */
  needsCorrectionNote?: true;
};

/**
 * The review workflow as data: for each move, the states it starts from, the
 * states it leads to, the permission it needs, and what it asks for.
 */
export const MOVES = {
  edit: { copy: EDITABLE_COPY, publication: NOT_ARCHIVED, toCopy: "draft", permission: "update:meeting:any", label: "Edit" },
  submit: {
    copy: ["draft", "changes_requested"],
    publication: NOT_ARCHIVED,
    toCopy: "in_review",
    permission: "submit:meeting:any",
    label: "Submit for review",
    needsCorrectionNote: true,
  },
  withdraw: { copy: ["in_review"], publication: ANY_PUBLICATION, toCopy: "draft", permission: "withdraw:meeting:any", label: "Withdraw from review" },
  approve: {
    copy: ["in_review"],
    publication: NOT_ARCHIVED,
    toCopy: "none",
    toPublication: "published",
    permission: "review:meeting:any",
    label: "Approve and publish",
    notByContributors: true,
    needsCorrectionNote: true,
  },
  request_changes: {
    copy: ["in_review"],
    publication: NOT_ARCHIVED,
    toCopy: "changes_requested",
    permission: "review:meeting:any",
    label: "Request changes",
    notByContributors: true,
    needsComment: true,
  },
  discard: { copy: ["draft", "changes_requested"], publication: ANY_PUBLICATION, toCopy: "none", permission: "discard:meeting:any", label: "Discard draft" },
  archive: { copy: ANY_COPY, publication: ["published"], toPublication: "archived", permission: "archive:meeting:any", label: "Archive", needsReason: true },
  restore: { copy: ANY_COPY, publication: ["archived"], toPublication: "published", permission: "archive:meeting:any", label: "Restore" },
  retract: {
    copy: ANY_COPY,
    publication: ["published"],
    toPublication: "retracted",
    permission: "retract:readout:any",
    label: "Retract this version",
    needsReason: true,
  },
} as const satisfies Record<string, Rule>;

export type Move = keyof typeof MOVES;
export const MOVE_NAMES = Object.keys(MOVES) as Move[];

export type Refusal = "forbidden" | "invalid_state" | "own_record" | "comment_required" | "reason_required" | "note_required" | "note_unconfirmed";
export type MoveCheck = { ok: true } | { ok: false; reason: Refusal };

export type MoveContext = {
  state: MeetingState;
  user: { id: string; role: Role };
  contributorIds: readonly string[];
  /** Whether any version was ever published: then every new one needs a correction note. */
  publishedBefore?: boolean;
  comment?: string;
  reason?: string;
  /** The note the move would publish: typed at submit, stored on the version at approval. */
  correctionNote?: string;
  /** At approval: the reviewer confirmed the note they were shown. */
  noteConfirmed?: boolean;
};

/** Whether `user` may make `move` on a record in `state` written by `contributorIds`. */
export function checkMove(move: Move, context: MoveContext): MoveCheck {
  const rule: Rule = MOVES[move];
  if (!can(context.user, rule.permission)) return { ok: false, reason: "forbidden" };
  if (!rule.copy.includes(context.state.workingCopy) || !rule.publication.includes(context.state.publication)) {
    return { ok: false, reason: "invalid_state" };
  }
  if (rule.notByContributors && context.contributorIds.includes(context.user.id)) return { ok: false, reason: "own_record" };
  if (rule.needsComment && !context.comment?.trim()) return { ok: false, reason: "comment_required" };
  if (rule.needsReason && !context.reason?.trim()) return { ok: false, reason: "reason_required" };
  if (rule.needsCorrectionNote && context.publishedBefore) {
    if (!context.correctionNote?.trim()) return { ok: false, reason: "note_required" };
    if (move === "approve" && !context.noteConfirmed) return { ok: false, reason: "note_unconfirmed" };
  }
  return { ok: true };
}

/** The states a move leads to. Editing a copy sent back for changes keeps it "changes requested" until it is resubmitted. */
export function nextState(move: Move, state: MeetingState): MeetingState {
  const rule: Rule = MOVES[move];
  const keepsRequest = move === "edit" && state.workingCopy === "changes_requested";
  return {
    workingCopy: keepsRequest ? state.workingCopy : (rule.toCopy ?? state.workingCopy),
    publication: rule.toPublication ?? state.publication,
  };
}

/** Why a record in this state cannot be edited, and what to do first; null when it can. */
export function editBlocked(state: MeetingState): string | null {
  if (state.publication === "archived") return "This record is archived. Restore it before editing.";
  if (state.workingCopy === "in_review") return "This record is in review. Withdraw it from review before editing.";
  return null;
}

/** The moves a user could make now, for showing the right buttons (the server checks again). */
export function availableMoves(context: Omit<MoveContext, "comment" | "reason" | "correctionNote" | "noteConfirmed">): Move[] {
  return MOVE_NAMES.filter((move) => checkMove(move, { ...context, comment: "x", reason: "x", correctionNote: "x", noteConfirmed: true }).ok);
}
