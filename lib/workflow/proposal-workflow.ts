import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { PledgeEventState } from "@/lib/generated/prisma/enums";

/**
 * The review of a proposal (a pledge event, or an import of pledges and
 * events) as data: for each move, the states it starts from, the permission it
 * needs and who may or may not make it. Withdrawing deletes the proposal, so it
 * leads to no state.
 */
export const PROPOSAL_MOVES = {
  approve: { from: ["proposed"], to: "approved", permission: "review:event:any", label: "Approve", notByProposer: true },
  reject: { from: ["proposed"], to: "rejected", permission: "review:event:any", label: "Reject", notByProposer: true, needsComment: true },
  withdraw: { from: ["proposed"], to: null, permission: "propose:event:any", label: "Withdraw", onlyProposer: true },
} as const satisfies Record<
  string,
  {
    from: readonly PledgeEventState[];
    to: PledgeEventState | null;
    permission: Permission;
    label: string;
    notByProposer?: boolean;
    onlyProposer?: boolean;
    needsComment?: boolean;
  }
>;

export type ProposalMove = keyof typeof PROPOSAL_MOVES;
export type ReviewDecision = Exclude<ProposalMove, "withdraw">;

export const isReviewDecision = (value: string): value is ReviewDecision => value === "approve" || value === "reject";

export type ProposalCheck =
  | { ok: true }
  | { ok: false; reason: "forbidden" | "invalid_state" | "own_proposal" | "not_proposer" | "comment_required" };

/** Whether `user` may make `move` on a proposal in `state` made by `proposerId`. */
export function checkProposalMove(
  move: ProposalMove,
  context: { state: PledgeEventState; user: { id: string; role: Role }; proposerId: string | null; comment?: string },
): ProposalCheck {
  const rule = PROPOSAL_MOVES[move];
  if (!can(context.user, rule.permission)) return { ok: false, reason: "forbidden" };
  if (!(rule.from as readonly PledgeEventState[]).includes(context.state)) return { ok: false, reason: "invalid_state" };
  const own = context.proposerId !== null && context.proposerId === context.user.id;
  if ("notByProposer" in rule && own) return { ok: false, reason: "own_proposal" };
  if ("onlyProposer" in rule && !own) return { ok: false, reason: "not_proposer" };
  if ("needsComment" in rule && !context.comment?.trim()) return { ok: false, reason: "comment_required" };
  return { ok: true };
}

/** The moves a user could make now, for showing the right buttons (the server checks again). */
export function availableProposalMoves(context: Omit<Parameters<typeof checkProposalMove>[1], "comment">): ProposalMove[] {
  return (Object.keys(PROPOSAL_MOVES) as ProposalMove[]).filter((move) => checkProposalMove(move, { ...context, comment: "x" }).ok);
}
