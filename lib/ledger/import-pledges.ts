import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkImport, type ImportCheck } from "@/lib/ledger/import-check";
import { MAX_IMPORT_BYTES } from "@/lib/ledger/import-columns";
import { notifyLedger, reviewerIds } from "@/lib/notifications";
import { cleanText } from "@/lib/validation/parse";

export type ImportFile = { fileName: string; text: string };

const day = (value: string) => new Date(`${value}T00:00:00Z`);

function file(raw: ImportFile): ImportFile {
  const fileName = cleanText(raw.fileName).trim().slice(0, 200) || "import.csv";
  if (raw.text.length > MAX_IMPORT_BYTES * 2) throw new AppError("invalid_input", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  return { fileName, text: raw.text };
}

/** What an import file would create and link, and every problem in it. Writes nothing. */
export async function previewImport(actor: CurrentUser, raw: ImportFile): Promise<ImportCheck & { fileName: string }> {
  if (!can(actor, "import:pledge:any")) throw new AppError("forbidden");
  const { fileName, text } = file(raw);
  return { ...(await checkImport(db(), text)), fileName };
}

const problemText = (check: ImportCheck) =>
  check.problems
    .slice(0, 5)
    .map((p) => `Row ${p.row}${p.column ? `, column ${p.column}` : ""}: ${p.message}`)
    .join(" ");

/**
 * Checks the same file again and writes it whole, or nothing: one
 * PledgeImport in state proposed, its new pledges (unpublished, with the
 * imported terms) and its events (proposed). A reviewer other than the
 * importer then approves or rejects it all (reviewImport).
 */
export async function confirmImport(actor: CurrentUser, raw: ImportFile): Promise<{ importId: string; pledges: number; events: number }> {
  if (!can(actor, "import:pledge:any")) throw new AppError("forbidden");
  const { fileName, text } = file(raw);
  return db().$transaction(
    async (tx) => {
      const check = await checkImport(tx, text, { lock: true });
      if (check.problems.length > 0) {
        throw new AppError("invalid_input", `Nothing was imported: the file has ${check.problems.length + check.moreProblems} problem(s). ${problemText(check)}`);
      }
      const origin = await tx.pledgeImport.create({ data: { fileName, rowCount: check.rowCount, createdById: actor.id }, select: { id: true } });
      const ids = new Map(check.pledges.map((p) => [p.ref, randomUUID()]));
      const created = await tx.pledge.createManyAndReturn({
        data: check.pledges.map((p) => ({
          id: ids.get(p.ref)!,
          importId: origin.id,
          createdById: actor.id,
          series: p.series,
          partyId: p.partyId,
          recipientId: p.recipientId,
          kind: p.kind,
          instrument: p.instrument,
          description: p.description,
          amount: p.amount,
          currency: p.currency,
          quantity: p.quantity,
          unit: p.unit,
          dueDate: p.dueDate ? day(p.dueDate) : null,
          announcedOn: day(p.announcedOn),
          lastAnnouncedOn: day(p.announcedOn),
        })),
        select: { id: true, number: true },
      });
      const numbers = new Map(created.map((p) => [p.id, p.number]));
      await tx.pledgeEvent.createMany({
        data: check.events.map((e) => ({
          pledgeId: e.pledgeId ?? ids.get((e.pledge as { ref: string }).ref)!,
          importId: origin.id,
          kind: e.event.kind,
          amount: e.event.amount,
          quantity: e.event.quantity,
          asOf: day(e.event.asOf),
          source: e.event.source,
          sourceUrl: e.event.sourceUrl,
          proposedById: actor.id,
        })),
      });
      // A pledge has no source of its own (its meetings' readouts are); the audit entry keeps the file's.
      await recordAudit(tx, {
        actor,
        action: "import.propose",
        entityType: "pledge_import",
        entityId: origin.id,
        after: {
          fileName,
          rows: check.rowCount,
          state: "proposed",
          pledges: check.pledges.map((p) => ({ ref: p.ref, pledge: `P-${numbers.get(ids.get(p.ref)!)}`, source: p.source })),
          events: check.events.length,
        },
      });
      await notifyLedger(
        tx,
        await reviewerIds(tx, [actor.id], "review:event:any"),
        null,
        `${actor.name} imported “${fileName}” (${check.pledges.length} new pledges, ${check.events.length} events); it awaits review.`,
      );
      return { importId: origin.id, pledges: check.pledges.length, events: check.events.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
