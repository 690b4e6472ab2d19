import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkEvent } from "@/lib/ledger/event-rules";
import { lockPledge, pledgeLabel, pledgeName } from "@/lib/ledger/lock-pledge";
import { importedEvent, PROPOSAL_REFUSALS } from "@/lib/ledger/proposal-refusals";
import { notifyLedger, reviewerIds } from "@/lib/notifications";
import { humanize } from "@/lib/format";
import { toFieldErrors } from "@/lib/validation/fields";
import { ZProposeEventInput } from "@/lib/validation/pledge-event";
import { checkProposalMove } from "@/lib/workflow/proposal-workflow";

/**
 * An editor proposes progress on a published pledge. The event waits for a
 * different reviewer; until then it counts nowhere. Returns warnings (such as
 * delivering more than was pledged) for the proposer to see.
 */
export async function proposeEvent(actor: CurrentUser, pledgeNumber: number, raw: unknown): Promise<{ eventId: string; warnings: string[] }> {
  if (!can(actor, "propose:event:any")) throw new AppError("forbidden");
  const parsed = ZProposeEventInput.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid_input", undefined, toFieldErrors(parsed.error));
  const input = parsed.data;
  const asOf = new Date(`${input.asOf}T00:00:00Z`);

  return db().$transaction(async (tx) => {
    const pledge = await lockPledge(tx, { number: pledgeNumber });
    if (!pledge?.publishedAt) throw new AppError("not_found", "That pledge does not exist or is not published yet.");
    const check = checkEvent(pledge, input);
    if (check.refusal) throw new AppError("invalid_state", check.refusal);
    if (Object.keys(check.fieldErrors).length > 0) throw new AppError("invalid_input", undefined, check.fieldErrors);
    const twin = await tx.pledgeEvent.findFirst({
      where: { pledgeId: pledge.id, state: "proposed", kind: input.kind, amount: input.amount, quantity: input.quantity, asOf },
      select: { id: true },
    });
    if (twin) throw new AppError("conflict", "The same progress is already proposed for this pledge and awaits review.");

    const event = await tx.pledgeEvent.create({
      data: {
        pledgeId: pledge.id,
        kind: input.kind,
        amount: input.amount,
        quantity: input.quantity,
        asOf,
        source: input.source,
        sourceUrl: input.sourceUrl,
        note: input.note,
        proposedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "event.propose",
      entityType: "pledge_event",
      entityId: event.id,
      after: { pledge: pledgeLabel(pledge.number), ...input, state: "proposed" },
    });
    await notifyLedger(
      tx,
      await reviewerIds(tx, [actor.id], "review:event:any"),
      pledge.id,
      `${actor.name} proposed “${humanize(input.kind)}” on ${pledgeName(pledge)}; it awaits review.`,
    );
    return { eventId: event.id, warnings: check.warnings };
  });
}

/** The proposer takes back a proposal nobody has reviewed yet; it is deleted, and the audit log keeps it. */
export async function withdrawEvent(actor: CurrentUser, eventId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const found = await tx.pledgeEvent.findUnique({ where: { id: eventId }, select: { pledgeId: true } });
    if (!found) throw new AppError("not_found");
    const pledge = await lockPledge(tx, { id: found.pledgeId });
    const event = await tx.pledgeEvent.findUnique({ where: { id: eventId } });
    if (!pledge || !event) throw new AppError("not_found");
    const check = checkProposalMove("withdraw", { state: event.state, user: actor, proposerId: event.proposedById });
    if (!check.ok) throw PROPOSAL_REFUSALS[check.reason]();
    if (event.importId) throw importedEvent();
    await tx.pledgeEvent.delete({ where: { id: eventId } });
    await recordAudit(tx, {
      actor,
      action: "event.withdraw",
      entityType: "pledge_event",
      entityId: eventId,
      before: {
        pledge: pledgeLabel(pledge.number),
        kind: event.kind,
        amount: event.amount?.toString() ?? null,
        quantity: event.quantity,
        asOf: event.asOf.toISOString().slice(0, 10),
        state: event.state,
      },
    });
  });
}
