import "server-only";
import { authorize } from "@/lib/dal/authorize";
import { db } from "@/lib/db";
import type { PartyKind } from "@/lib/generated/prisma/enums";
import { countUnmatched } from "@/lib/ledger/unmatched";

export type PartyOption = { name: string; kind: PartyKind };

/** Every party's name, for the meeting form's suggestions (a few hundred rows). */
export async function listPartyOptions(): Promise<PartyOption[]> {
  await authorize("read:meeting:any");
  return db().party.findMany({ orderBy: { name: "asc" }, select: { name: true, kind: true } });
}

/** Parties with their aliases for the admins' page, optionally those whose name or an alias contains `search`. */
export async function listPartiesWithAliases(search: string) {
  await authorize("manage:ledger:any");
  const text = search.trim().slice(0, 100);
  return db().party.findMany({
    where: text
      ? {
          OR: [
            { name: { contains: text, mode: "insensitive" } },
            { aliases: { some: { alias: { contains: text, mode: "insensitive" } } } },
          ],
        }
      : {},
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, code: true, aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true } } },
  });
}

/** Names recorded before parties existed that no alias matches yet, most frequent first. */
export async function listUnmatchedNames() {
  await authorize("manage:ledger:any");
  return countUnmatched(db());
}
