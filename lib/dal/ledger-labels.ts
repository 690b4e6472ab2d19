import "server-only";
import { db } from "@/lib/db";
import type { LedgerLabels } from "@/lib/meetings/form-values";

/** The recipients' names and pledges' numbers of some revisions' commitments, for the form and the history. */
export async function ledgerLabels(revisionIds: string[]): Promise<LedgerLabels> {
  const rows = await db().commitment.findMany({
    where: { revisionId: { in: revisionIds } },
    select: { recipient: { select: { id: true, name: true } }, pledge: { select: { id: true, number: true } } },
  });
  return {
    partyNames: Object.fromEntries(rows.flatMap((r) => (r.recipient ? [[r.recipient.id, r.recipient.name]] : []))),
    pledgeNumbers: Object.fromEntries(rows.flatMap((r) => (r.pledge ? [[r.pledge.id, r.pledge.number]] : []))),
  };
}
