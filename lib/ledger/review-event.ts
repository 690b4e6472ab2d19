import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { humanize } from "@/lib/format";
import { closedReason } from "@/lib/ledger/event-rules";
import { lockPledge, pledgeLabel, pledgeName } from "@/lib/ledger/lock-pledge";
import { importedEvent, PROPOSAL_REFUSALS } from "@/lib/ledger/proposal-refusals";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { MAX_COMMENT } from "@/lib/meetings/comments";
import { notifyLedger } from "@/lib/notifications";
import { cleanText } from "@/lib/validation/parse";
import { checkProposalMove, PROPOSAL_MOVES, type ReviewDecision } from "@/lib/workflow/proposal-workflow";

/** A reviewer's comment, cleaned and bounded. */
export function reviewComment(raw: string | undefined): string {
  const comment = cleanText(raw ?? "").trim();
  if (comment.length > MAX_COMMENT) {
    throw new AppError("invalid_input", `A comment can be at most ${MAX_COMMENT} characters.`, { comment: [`At most ${MAX_COMMENT} characters.`] });
  }
  return comment;
}

/**
 * A reviewer other than the proposer approves or rejects a proposed event.
 * On the locked pledge row, in one transaction: the decision, the pledge's
 * figures (refreshPledges), the audit entry and the proposer's notice.
 */
export async function reviewEvent(actor: CurrentUser, eventId: string, decision: ReviewDecision, rawComment?: string): Promise<void> {
  const comment = reviewComment(rawComment);
  await db().$transaction(async (tx) => {
    const found = await tx.pledgeEvent.findUnique({ where: { id: eventId }, select: { pledgeId: true } });
    if (!found) throw new AppError("not_found");
    const pledge = await lockPledge(tx, { id: found.pledgeId });
    const event = await tx.pledgeEvent.findUnique({ where: { id: eventId } });
    if (!pledge || !event) throw new AppError("not_found");
    const check = checkProposalMove(decision, { state: event.state, user: actor, proposerId: event.proposedById, comment });
    if (!check.ok) throw PROPOSAL_REFUSALS[check.reason]();
    if (event.importId) throw importedEvent();
    if (decision === "approve") {
      if (!pledge.publishedAt) throw new AppError("invalid_state", "This pledge is no longer published, so its progress cannot be approved.");
      const closed = closedReason(pledge.status);
      if (closed) throw new AppError("invalid_state", `${closed} Reject this proposal instead.`);
    }

    const state = PROPOSAL_MOVES[decision].to;
    await tx.pledgeEvent.update({
      where: { id: eventId },
      data: { state, reviewedById: actor.id, reviewedAt: new Date(), reviewComment: comment },
    });
    if (decision === "approve") await refreshPledges(tx, [pledge.id]);
    const after = await tx.pledge.findUniqueOrThrow({
      where: { id: pledge.id },
      select: { status: true, allocatedAmount: true, deliveredAmount: true, allocatedQuantity: true, deliveredQuantity: true },
    });

    const label = pledgeLabel(pledge.number);
    await recordAudit(tx, {
      actor,
      action: decision === "approve" ? "event.approve" : "event.reject",
      entityType: "pledge_event",
      entityId: eventId,
      before: { pledge: label, state: event.state, pledgeStatus: pledge.status, deliveredAmount: pledge.deliveredAmount },
      after: {
        pledge: label,
        state,
        pledgeStatus: after.status,
        deliveredAmount: after.deliveredAmount.toString(),
        ...(comment ? { comment } : {}),
      },
    });
    const what = `“${humanize(event.kind)}” on ${pledgeName(pledge)}`;
    const message =
      decision === "approve"
        ? `${actor.name} approved ${what}; it now counts in the ledger.`
        : `${actor.name} rejected ${what}: ${comment}`;
    if (event.proposedById && event.proposedById !== actor.id) await notifyLedger(tx, [event.proposedById], event.pledgeId, message);
  });
}
