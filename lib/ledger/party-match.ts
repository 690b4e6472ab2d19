import type { Db, Tx } from "@/lib/db";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { normalizePartyName } from "@/lib/ledger/normalize-party";

export type MatchedParty = { id: string; name: string; kind: PartyKind; code: string | null };

/** The parties some texts name, through their aliases, keyed by normalised text; texts no alias matches are absent. */
export async function findParties(client: Db | Tx, texts: readonly string[]): Promise<Map<string, MatchedParty>> {
  const keys = [...new Set(texts.map(normalizePartyName).filter(Boolean))];
  if (keys.length === 0) return new Map();
  const rows = await client.partyAlias.findMany({
    where: { normalized: { in: keys } },
    select: { normalized: true, party: { select: { id: true, name: true, kind: true, code: true } } },
  });
  return new Map(rows.map((r) => [r.normalized, r.party]));
}

export const partyFor = (parties: Map<string, MatchedParty>, text: string) => parties.get(normalizePartyName(text));

export const unknownParty = (text: string) =>
  `Unknown party “${text.trim()}”: pick one from the list; an admin can add an alias.`;
