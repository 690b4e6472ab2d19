import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

/**
 * The review workflow as data: for each move, the states it starts from, the
 * state it leads to, the permission it needs, and whether the people who wrote
 * the record are barred from making it (separation of duties).
 */
export const MOVES = {
  edit: { from: ["draft", "published"], to: "draft", permission: "update:meeting:any", label: "Edit" },
  submit: { from: ["draft"], to: "in_review", permission: "submit:meeting:any", label: "Submit for review" },
  withdraw: { from: ["in_review"], to: "draft", permission: "withdraw:meeting:any", label: "Withdraw from review" },
  approve: { from: ["in_review"], to: "published", permission: "review:meeting:any", label: "Approve and publish", notByContributors: true },
  request_changes: {
    from: ["in_review"],
    to: "draft",
    permission: "review:meeting:any",
    label: "Request changes",
    notByContributors: true,
    needsComment: true,
  },
  archive: { from: ["published"], to: "archived", permission: "archive:meeting:any", label: "Archive" },
  restore: { from: ["archived"], to: "published", permission: "archive:meeting:any", label: "Restore" },
} as const satisfies Record<
  string,
  {
    from: readonly MeetingStatus[];
    to: MeetingStatus;
    permission: Permission;
    label: string;
    notByContributors?: boolean;
    needsComment?: boolean;
  }
>;

export type Move = keyof typeof MOVES;
export const MOVE_NAMES = Object.keys(MOVES) as Move[];

export type MoveCheck = { ok: true } | { ok: false; reason: "forbidden" | "invalid_state" | "own_record" | "comment_required" };

/** Whether `user` may make `move` on a record in `status` written by `contributorIds`. */
export function checkMove(
  move: Move,
  context: { status: MeetingStatus; user: { id: string; role: Role }; contributorIds: readonly string[]; comment?: string },
): MoveCheck {
  const rule = MOVES[move];
  if (!can(context.user, rule.permission)) return { ok: false, reason: "forbidden" };
  if (!(rule.from as readonly MeetingStatus[]).includes(context.status)) return { ok: false, reason: "invalid_state" };
  if ("notByContributors" in rule && rule.notByContributors && context.contributorIds.includes(context.user.id)) {
    return { ok: false, reason: "own_record" };
  }
  if ("needsComment" in rule && rule.needsComment && !context.comment?.trim()) return { ok: false, reason: "comment_required" };
  return { ok: true };
}

/** Why a record in this state cannot be edited, and what to do first. */
export const EDIT_BLOCKED: Partial<Record<MeetingStatus, string>> = {
  in_review: "This record is in review. Withdraw it from review before editing.",
  archived: "This record is archived. Restore it before editing.",
};

/** The moves a user could make now, for showing the right buttons (the server checks again). */
export function availableMoves(context: Parameters<typeof checkMove>[1]): Move[] {
  return MOVE_NAMES.filter((move) => {
    const check = checkMove(move, { ...context, comment: "x" });
    return check.ok;
  });
}
