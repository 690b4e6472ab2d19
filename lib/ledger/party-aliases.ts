import "server-only";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { findParties, partyFor, unknownParty } from "@/lib/ledger/party-match";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import type { PartyAliasInput } from "@/lib/validation/party";

export type AddedAlias = { party: string; alias: string; matched: number };

/**
 * Adds another name for a party. Rows recorded before, whose text no alias
 * matched, are matched now (and their pledges refreshed), so the report of
 * unmatched names shrinks as admins teach Readout the names sources use.
 */
export async function addPartyAlias(actor: CurrentUser, input: PartyAliasInput): Promise<AddedAlias> {
  if (!can(actor, "manage:ledger:any")) throw new AppError("forbidden");
  const normalized = normalizePartyName(input.alias);
  if (!normalized) throw new AppError("invalid_input", undefined, { alias: ["An alias needs letters or digits."] });
  try {
    return await db().$transaction(async (tx) => {
      const party = partyFor(await findParties(tx, [input.party]), input.party);
      if (!party) throw new AppError("invalid_input", undefined, { party: [unknownParty(input.party)] });
      const taken = await tx.partyAlias.findUnique({ where: { normalized }, select: { party: { select: { name: true } } } });
      if (taken) throw aliasTaken(input.alias, taken.party.name);
      await tx.partyAlias.create({ data: { partyId: party.id, alias: input.alias, normalized } });
      const matched = await matchUnmatched(tx, party.id, normalized);
      await recordAudit(tx, {
        actor,
        action: "party.alias_add",
        entityType: "party",
        entityId: party.id,
        after: { alias: input.alias, normalized, matched },
      });
      return { party: party.name, alias: input.alias, matched };
    });
  } catch (error) {
    // Another admin added the same text a moment earlier.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw aliasTaken(input.alias, "another party");
    throw error;
  }
}

const aliasTaken = (alias: string, party: string) =>
  new AppError("invalid_input", undefined, { alias: [`“${alias.trim()}” already names ${party}.`] });

async function matchUnmatched(tx: Tx, partyId: string, normalized: string): Promise<number> {
  const participants = await tx.$executeRaw`
    UPDATE "Participant" SET "partyId" = ${partyId} WHERE "partyId" IS NULL AND party_normalize(name) = ${normalized}`;
  const commitments = await tx.$queryRaw<{ pledgeId: string | null }[]>`
    UPDATE "Commitment" SET "partyId" = ${partyId} WHERE "partyId" IS NULL AND party_normalize(party) = ${normalized}
    RETURNING "pledgeId"`;
  await refreshPledges(tx, commitments.flatMap((c) => (c.pledgeId ? [c.pledgeId] : [])));
  return participants + commitments.length;
}
