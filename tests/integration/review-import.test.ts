import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { reviewImport } from "@/lib/ledger/review-import";
import { freshDatabase } from "../support/database";
import { staff } from "../support/meetings";
import { publishedPledge } from "../support/pledge-factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

/** What the import helper will write: an import holding one new pledge with an event, and an event on an existing pledge. */
async function proposedImport(importer: CurrentUser) {
  const { pledge: existing } = await publishedPledge(prisma, { amount: "800000", currency: "EUR" });
  const origin = await prisma.pledgeImport.create({ data: { fileName: "pledges.csv", rowCount: 3, createdById: importer.id } });
  const created = await prisma.pledge.create({
    data: { importId: origin.id, description: "Imported grant", kind: "financial", amount: "300000", currency: "EUR", announcedOn: new Date("2026-09-01T00:00:00Z") },
  });
  const day = new Date("2026-11-02T00:00:00Z");
  await prisma.pledgeEvent.createMany({
    data: [
      { pledgeId: created.id, importId: origin.id, kind: "allocated", amount: "100000", asOf: day, source: "Report", proposedById: importer.id },
      { pledgeId: existing.id, importId: origin.id, kind: "partly_delivered", amount: "200000", asOf: day, source: "Report", proposedById: importer.id },
    ],
  });
  return { origin, created, existing };
}

describe("reviewing an import", () => {
  it("approves the import, its events and its pledges together, by someone other than the importer", async () => {
    const editor = await staff(prisma, "editor");
    const reviewer = await staff(prisma, "reviewer");
    const { origin, created, existing } = await proposedImport(editor);
    expect((await prisma.pledge.findUniqueOrThrow({ where: { id: created.id } })).publishedAt).toBeNull();

    await expect(reviewImport(editor, origin.id, "approve")).rejects.toMatchObject({ code: "forbidden" });
    await reviewImport(reviewer, origin.id, "approve");

    expect(await prisma.pledgeImport.findUniqueOrThrow({ where: { id: origin.id } })).toMatchObject({ state: "approved", reviewedById: reviewer.id });
    expect((await prisma.pledgeEvent.findMany({ where: { importId: origin.id } })).map((e) => e.state)).toEqual(["approved", "approved"]);
    const now = await prisma.pledge.findUniqueOrThrow({ where: { id: created.id } });
    expect(now.publishedAt).not.toBeNull();
    expect(now.allocatedAmount.toString()).toBe("100000");
    const other = await prisma.pledge.findUniqueOrThrow({ where: { id: existing.id } });
    expect([other.status, other.deliveredAmount.toString()]).toEqual(["partly_delivered", "200000"]);
    expect(await prisma.auditEvent.count({ where: { entityId: origin.id, action: "import.approve", actorId: reviewer.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: editor.id, detail: { contains: "pledges.csv" } } })).toBe(1);
  });

  it("rejects the whole import with a reason, leaving every pledge as it was", async () => {
    const admin = await staff(prisma, "admin");
    const reviewer = await staff(prisma, "reviewer");
    const { origin, created, existing } = await proposedImport(admin);
    await expect(reviewImport(admin, origin.id, "reject", "Mine, but wrong.")).rejects.toMatchObject({ code: "forbidden" });
    await expect(reviewImport(reviewer, origin.id, "reject")).rejects.toMatchObject({ code: "invalid_input" });
    await reviewImport(reviewer, origin.id, "reject", "Figures do not match the source.");

    expect((await prisma.pledgeImport.findUniqueOrThrow({ where: { id: origin.id } })).state).toBe("rejected");
    expect((await prisma.pledgeEvent.findMany({ where: { importId: origin.id } })).map((e) => e.state)).toEqual(["rejected", "rejected"]);
    expect((await prisma.pledge.findUniqueOrThrow({ where: { id: created.id } })).publishedAt).toBeNull();
    expect(await prisma.pledge.findUniqueOrThrow({ where: { id: existing.id } })).toEqual(existing);
    await expect(reviewImport(reviewer, origin.id, "approve")).rejects.toMatchObject({ code: "invalid_state" });
  });
});
