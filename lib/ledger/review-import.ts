import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PROPOSAL_REFUSALS } from "@/lib/ledger/proposal-refusals";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { reviewComment } from "@/lib/ledger/review-event";
import { notifyLedger } from "@/lib/notifications";
import type { PledgeEventState } from "@/lib/generated/prisma/enums";
import { checkProposalMove, PROPOSAL_MOVES, type ReviewDecision } from "@/lib/workflow/proposal-workflow";

/**
 * A reviewer other than the importer approves or rejects a whole import: its
 * state and all its events move together, and the pledges it created or
 * reported on are refreshed, in one transaction on the locked import row.
 */
export async function reviewImport(actor: CurrentUser, importId: string, decision: ReviewDecision, rawComment?: string): Promise<void> {
  const comment = reviewComment(rawComment);
  await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ state: PledgeEventState; createdById: string | null; fileName: string }[]>`
      SELECT state, "createdById", "fileName" FROM "PledgeImport" WHERE id = ${importId} FOR UPDATE`;
    const found = rows[0];
    if (!found) throw new AppError("not_found");
    const check = checkProposalMove(decision, { state: found.state, user: actor, proposerId: found.createdById, comment });
    if (!check.ok) throw PROPOSAL_REFUSALS[check.reason]();

    const state = PROPOSAL_MOVES[decision].to;
    const reviewedAt = new Date();
    await tx.pledgeImport.update({ where: { id: importId }, data: { state, reviewedById: actor.id, reviewedAt } });
    const events = await tx.pledgeEvent.updateManyAndReturn({
      where: { importId, state: "proposed" },
      data: { state, reviewedById: actor.id, reviewedAt, reviewComment: comment },
      select: { pledgeId: true },
    });
    const created = await tx.pledge.findMany({ where: { importId }, select: { id: true } });
    const pledgeIds = [...new Set([...created.map((p) => p.id), ...events.map((e) => e.pledgeId)])];
    if (decision === "approve") {
      // In a fixed order, so two imports touching the same pledges cannot deadlock.
      await tx.$queryRaw`SELECT id FROM "Pledge" WHERE id = ANY(${pledgeIds}) ORDER BY id FOR UPDATE`;
      await refreshPledges(tx, pledgeIds);
    }

    await recordAudit(tx, {
      actor,
      action: decision === "approve" ? "import.approve" : "import.reject",
      entityType: "pledge_import",
      entityId: importId,
      before: { state: found.state },
      after: { state, events: events.length, pledges: pledgeIds.length, ...(comment ? { comment } : {}) },
    });
    const message =
      decision === "approve"
        ? `${actor.name} approved the import “${found.fileName}”; its pledges and events now count in the ledger.`
        : `${actor.name} rejected the import “${found.fileName}”: ${comment}`;
    if (found.createdById && found.createdById !== actor.id) await notifyLedger(tx, [found.createdById], null, message);
  });
}
