import { AppError } from "@/lib/errors";
import type { ProposalCheck } from "@/lib/workflow/proposal-workflow";

type Reason = Extract<ProposalCheck, { ok: false }>["reason"];

/** What a person is told when a move on a proposal is refused. */
export const PROPOSAL_REFUSALS = {
  forbidden: () => new AppError("forbidden"),
  invalid_state: () => new AppError("invalid_state", "This proposal has already been decided or withdrawn; reload to see where it stands."),
  own_proposal: () => new AppError("forbidden", "You cannot review your own proposal. Another reviewer must do it."),
  not_proposer: () => new AppError("forbidden", "Only the person who proposed this can withdraw it."),
  comment_required: () => new AppError("invalid_input", "Say why: a comment is required to reject.", { comment: ["Say why you reject it."] }),
} satisfies Record<Reason, () => AppError>;

/** An import's events are decided with the import, never one by one (a reviewer could otherwise approve part of it). */
export const importedEvent = () =>
  new AppError("invalid_state", "This event came with an import: approve or reject the import as a whole.");
