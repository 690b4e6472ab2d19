import type { Db, Tx } from "@/lib/db";
import { checkEvent, fromCents, toCents, type PledgeTerms } from "@/lib/ledger/event-rules";
import { MAX_REPORTED_PROBLEMS, type ImportProblem } from "@/lib/ledger/import-columns";
import { readImportFile, type EventRow, type PledgeRow } from "@/lib/ledger/import-rows";
import { findParties, partyFor } from "@/lib/ledger/party-match";
import type { PledgeStatus } from "@/lib/generated/prisma/enums";
import { PLEDGE_SELECT } from "@/lib/ledger/lock-pledge";

export type NewPledge = PledgeRow & { partyId: string; partyName: string; recipientId: string | null; recipientName: string | null };
export type ExistingPledge = PledgeTerms & { id: string; number: number; description: string };
export type LinkedEvent = EventRow & { pledgeId: string | null; existing: { number: number; description: string } | null };

/** What an import would write, or why it cannot. */
export type ImportCheck = {
  rowCount: number;
  pledges: NewPledge[];
  events: LinkedEvent[];
  warnings: ImportProblem[];
  problems: ImportProblem[];
  /** Problems beyond those listed. */
  moreProblems: number;
};

/** The published pledges an import's events name by number; locked (in a fixed order, so imports cannot deadlock) when writing. */
async function existingPledges(client: Db | Tx, numbers: number[], lock: boolean): Promise<Map<number, ExistingPledge>> {
  if (numbers.length === 0) return new Map();
  if (lock) await client.$queryRaw`SELECT id FROM "Pledge" WHERE number = ANY(${numbers}) ORDER BY id FOR UPDATE`;
  const rows = await client.pledge.findMany({ where: { number: { in: numbers }, publishedAt: { not: null } }, select: PLEDGE_SELECT });
  return new Map(
    rows.map((p) => [
      p.number,
      { ...p, amount: p.amount?.toString() ?? null, allocatedAmount: p.allocatedAmount.toString(), deliveredAmount: p.deliveredAmount.toString() },
    ]),
  );
}

const termsOfNew = (p: PledgeRow): PledgeTerms => ({
  status: "open",
  amount: p.amount,
  currency: p.currency,
  quantity: p.quantity,
  unit: p.unit,
  announcedOn: new Date(`${p.announcedOn}T00:00:00Z`),
  allocatedAmount: "0",
  deliveredAmount: "0",
  allocatedQuantity: 0,
  deliveredQuantity: 0,
});

/** A pledge's terms after an event of the same file, so the next event on it is checked against them. */
function after(terms: PledgeTerms, event: EventRow["event"]): PledgeTerms {
  const add = (a: string, b: string | null) => (b === null ? a : fromCents(toCents(a) + toCents(b)));
  if (event.kind === "allocated") {
    return { ...terms, allocatedAmount: add(terms.allocatedAmount, event.amount), allocatedQuantity: terms.allocatedQuantity + (event.quantity ?? 0) };
  }
  const status: PledgeStatus = event.kind === "cancelled" ? "cancelled" : event.kind === "delivered" ? "delivered" : "partly_delivered";
  if (event.kind === "cancelled") return { ...terms, status };
  return { ...terms, status, deliveredAmount: add(terms.deliveredAmount, event.amount), deliveredQuantity: terms.deliveredQuantity + (event.quantity ?? 0) };
}

/**
 * Reads and checks a whole import file: each row on its own, then against
 * the ledger (parties through their aliases, the pledges events point at,
 * the event rules, in file order so a second event sees the first). Writes
 * nothing; `confirmImport` calls it again inside its transaction.
 */
export async function checkImport(client: Db | Tx, text: string, { lock = false } = {}): Promise<ImportCheck> {
  const read = readImportFile(text);
  const problems = [...read.problems];
  const warnings: ImportProblem[] = [];
  const pledgeRows = read.rows.filter((r): r is PledgeRow => r.type === "pledge");
  const eventRows = read.rows.filter((r): r is EventRow => r.type === "event");

  const parties = await findParties(client, pledgeRows.flatMap((p) => [p.party, p.recipient].filter(Boolean)));
  const byRef = new Map<string, PledgeRow>();
  const pledges: NewPledge[] = [];
  for (const p of pledgeRows) {
    const party = partyFor(parties, p.party);
    const recipient = p.recipient ? partyFor(parties, p.recipient) : null;
    if (byRef.has(p.ref)) problems.push({ row: p.row, column: "ref", message: `Ref “${p.ref}” is already used by row ${byRef.get(p.ref)!.row}.` });
    else byRef.set(p.ref, p);
    if (!party) problems.push({ row: p.row, column: "party", message: unknown(p.party) });
    if (p.recipient && !recipient) problems.push({ row: p.row, column: "recipient", message: unknown(p.recipient) });
    if (party && recipient !== undefined) pledges.push({ ...p, partyId: party.id, partyName: party.name, recipientId: recipient?.id ?? null, recipientName: recipient?.name ?? null });
  }

  const numbers = [...new Set(eventRows.flatMap((e) => ("number" in e.pledge ? [e.pledge.number] : [])))];
  const existing = await existingPledges(client, numbers, lock);
  const terms = new Map<string, PledgeTerms>();
  const events: LinkedEvent[] = [];
  for (const e of eventRows) {
    const target = "number" in e.pledge ? existing.get(e.pledge.number) : byRef.get(e.pledge.ref);
    if (!target) {
      const message = "number" in e.pledge
        ? `P-${e.pledge.number} does not exist in the ledger or is not published yet.`
        : `No pledge row in this file has the ref “${e.pledge.ref}” (a ledger pledge is written P-12).`;
      problems.push({ row: e.row, column: "pledge", message });
      continue;
    }
    const key = "number" in e.pledge ? `P-${e.pledge.number}` : `ref:${e.pledge.ref}`;
    const current = terms.get(key) ?? ("number" in e.pledge ? (target as ExistingPledge) : termsOfNew(target as PledgeRow));
    const check = checkEvent(current, e.event);
    if (check.refusal) problems.push({ row: e.row, column: "pledge", message: check.refusal });
    for (const [field, messages] of Object.entries(check.fieldErrors)) {
      for (const message of messages) problems.push({ row: e.row, column: field === "asOf" ? "as_of" : field === "quantity" ? "quantity" : "amount", message });
    }
    for (const message of check.warnings) warnings.push({ row: e.row, column: null, message });
    if (!check.refusal && Object.keys(check.fieldErrors).length === 0) terms.set(key, after(current, e.event));
    const found = "number" in e.pledge ? (target as ExistingPledge) : null;
    events.push({ ...e, pledgeId: found?.id ?? null, existing: found ? { number: found.number, description: found.description } : null });
  }

  problems.sort((a, b) => a.row - b.row);
  return {
    rowCount: read.rowCount,
    pledges,
    events,
    warnings: warnings.slice(0, MAX_REPORTED_PROBLEMS),
    problems: problems.slice(0, MAX_REPORTED_PROBLEMS),
    moreProblems: Math.max(0, problems.length - MAX_REPORTED_PROBLEMS),
  };
}

const unknown = (text: string) => `Unknown party “${text}”: use a party's name or one of its aliases; an admin can add an alias.`;
