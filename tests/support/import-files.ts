import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { IMPORT_COLUMNS, type ImportColumn } from "@/lib/ledger/import-columns";
import { normalizePartyName } from "@/lib/ledger/normalize-party";
import { createParty } from "./ledger-factories";

type Cells = Partial<Record<ImportColumn, string>>;

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** An import file: the header, then one line per row. */
export const importFile = (rows: Cells[]) => [IMPORT_COLUMNS.join(","), ...rows.map((r) => IMPORT_COLUMNS.map((c) => csvCell(r[c] ?? "")).join(","))].join("\n");

export const pledgeRow = (over: Cells): Cells => ({
  type: "pledge",
  kind: "financial",
  instrument: "grant",
  description: "Imported grant",
  amount: "1000000",
  currency: "EUR",
  announced_on: "2026-09-12",
  source: "Government statement",
  ...over,
});

export const eventRow = (over: Cells): Cells => ({ type: "event", kind: "partly_delivered", amount: "100000", as_of: "2026-11-02", source: "Progress report", ...over });

/** A party that an import can name by `alias`, written differently from its name. */
export async function partyWithAlias(prisma: Db, name = "Importland") {
  const party = await createParty(prisma, name);
  const alias = `The ${name}-${randomUUID().slice(0, 6)}`;
  await prisma.partyAlias.create({ data: { partyId: party.id, alias, normalized: normalizePartyName(alias) } });
  return { party, alias };
}
