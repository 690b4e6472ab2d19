import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getLedgerTotals } from "@/lib/dal/ledger";
import type { Db } from "@/lib/db";
import { confirmImport, previewImport } from "@/lib/ledger/import-pledges";
import { reviewImport } from "@/lib/ledger/review-import";
import { freshDatabase } from "../support/database";
import { actAs } from "../support/factories";
import { eventRow, importFile, partyWithAlias, pledgeRow } from "../support/import-files";
import { staff } from "../support/meetings";
import { publishedPledge } from "../support/pledge-factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const counts = async () => ({
  imports: await prisma.pledgeImport.count(),
  pledges: await prisma.pledge.count(),
  events: await prisma.pledgeEvent.count(),
});

describe("importing pledges", () => {
  it("writes nothing when one row of 201 is bad, and names its row and column", async () => {
    const editor = await staff(prisma, "editor");
    const { alias } = await partyWithAlias(prisma);
    const rows = Array.from({ length: 201 }, (_, i) => pledgeRow({ ref: `r${i}`, party: alias }));
    rows[150] = pledgeRow({ ref: "r150", party: alias, currency: "EURO" });
    const text = importFile(rows);
    const before = await counts();

    const preview = await previewImport(editor, { fileName: "bad.csv", text });
    expect(preview.rowCount).toBe(201);
    expect(preview.problems).toEqual([{ row: 152, column: "currency", message: expect.stringMatching(/ISO 4217/) }]);
    await expect(confirmImport(editor, { fileName: "bad.csv", text })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/Row 152, column currency/) });
    expect(await counts()).toEqual(before);
  });

  it("reports parties no alias matches and events the ledger refuses, each by row and column", async () => {
    const editor = await staff(prisma, "editor");
    const { alias } = await partyWithAlias(prisma);
    const text = importFile([
      pledgeRow({ ref: "a", party: "Atlantis" }),
      pledgeRow({ ref: "b", party: alias }),
      eventRow({ pledge: "b", kind: "delivered", amount: "" }),
      eventRow({ pledge: "b" }),
      eventRow({ pledge: "b", as_of: "2026-09-01" }),
      eventRow({ pledge: "nowhere" }),
      eventRow({ pledge: "P-999999" }),
    ]);
    const preview = await previewImport(editor, { fileName: "x.csv", text });
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [2, "party"],
      [5, "pledge"],
      [6, "pledge"],
      [6, "as_of"],
      [7, "pledge"],
      [8, "pledge"],
    ]);
    expect(preview.problems[1]!.message).toMatch(/already delivered/);
  });

  it("previews, writes everything on confirm, and counts once after another reviewer approves", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const viewer = await staff(prisma, "viewer");
    const { party, alias } = await partyWithAlias(prisma);
    const { pledge: existing } = await publishedPledge(prisma, { amount: "800000", currency: "EUR" });
    const series = `Imported ${randomUUID().slice(0, 8)}`;
    const text = importFile([
      pledgeRow({ ref: "grant", party: alias, amount: "1,000,000", series }),
      pledgeRow({ ref: "tanks", party: alias.toUpperCase(), kind: "military", instrument: "in_kind", amount: "", currency: "", quantity: "40", unit: "tanks", series }),
      eventRow({ pledge: "grant", kind: "allocated", amount: "250000" }),
      eventRow({ pledge: "grant", amount: "100000" }),
      eventRow({ pledge: `P-${existing.number}`, amount: "200000" }),
    ]);

    const before = await counts();
    const preview = await previewImport(editor, { fileName: "good.csv", text });
    expect(preview.problems).toEqual([]);
    expect([preview.pledges.length, preview.events.length, preview.events.filter((e) => e.existing).length]).toEqual([2, 3, 1]);
    expect(await counts()).toEqual(before);

    const { importId } = await confirmImport(editor, { fileName: "good.csv", text });
    expect(await counts()).toEqual({ imports: before.imports + 1, pledges: before.pledges + 2, events: before.events + 3 });
    const created = await prisma.pledge.findMany({ where: { importId }, orderBy: { number: "asc" } });
    expect(created.map((p) => [p.partyId, p.amount?.toString() ?? null, p.quantity, p.publishedAt])).toEqual([
      [party.id, "1000000", null, null],
      [party.id, null, 40, null],
    ]);
    expect(await prisma.pledgeEvent.findMany({ where: { importId }, select: { state: true } })).toEqual(Array(3).fill({ state: "proposed" }));
    expect(await prisma.auditEvent.count({ where: { entityId: importId, action: "import.propose", actorId: editor.id } })).toBe(1);

    await actAs(prisma, viewer);
    expect((await getLedgerTotals({ series })).total.pledges).toBe(0);

    await expect(reviewImport(editor, importId, "approve")).rejects.toMatchObject({ code: "forbidden" });
    await reviewImport(reviewer, importId, "approve");

    const totals = await getLedgerTotals({ series });
    expect(totals.total.pledges).toBe(2);
    expect(Number(totals.total.pledged)).toBe(1_000_000);
    const grant = await prisma.pledge.findUniqueOrThrow({ where: { id: created[0]!.id } });
    expect([grant.status, grant.allocatedAmount.toString(), grant.deliveredAmount.toString()]).toEqual(["partly_delivered", "250000", "100000"]);
    const linked = await prisma.pledge.findUniqueOrThrow({ where: { id: existing.id } });
    expect([linked.amount?.toString(), linked.deliveredAmount.toString()]).toEqual(["800000", "200000"]);
  });

  it("refuses a viewer and a reviewer", async () => {
    const text = importFile([pledgeRow({ ref: "a", party: (await partyWithAlias(prisma)).alias })]);
    for (const role of ["viewer", "reviewer"] as const) {
      const user = await staff(prisma, role);
      await expect(previewImport(user, { fileName: "a.csv", text })).rejects.toMatchObject({ code: "forbidden" });
      await expect(confirmImport(user, { fileName: "a.csv", text })).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
