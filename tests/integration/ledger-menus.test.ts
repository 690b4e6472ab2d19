import { beforeAll, describe, expect, it } from "vitest";
import { listLedgerFilterOptions } from "@/lib/dal/ledger";
import type { Db } from "@/lib/db";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
  await actAs(prisma, await createUser(prisma, "viewer"));
});

describe("the ledger's filter menus", () => {
  it("offer each series and recipient of published pledges once, none only unpublished pledges have", async () => {
    const [ukraine, moldova] = await Promise.all(["UA", "MD"].map((code) => prisma.party.findUniqueOrThrow({ where: { code } })));
    const pledge = (series: string, recipientId: string, published: boolean) => ({ series, recipientId, publishedAt: published ? new Date() : null });
    await prisma.pledge.createMany({
      data: [
        // Interleaved so that a published series sorts after an unpublished one and between two.
        pledge("Menu B", ukraine!.id, true),
        pledge("Menu B", ukraine!.id, true),
        pledge("Menu C", moldova!.id, false),
        pledge("Menu C", moldova!.id, false),
        pledge("Menu A", ukraine!.id, true),
        pledge("Menu D", ukraine!.id, false),
        pledge("Menu D", ukraine!.id, true),
      ],
    });
    const { series, recipients } = await listLedgerFilterOptions();
    expect(series.filter((s) => s.startsWith("Menu"))).toEqual(["Menu A", "Menu B", "Menu D"]);
    expect(recipients.map((r) => r.slug)).toContain(ukraine!.slug);
    expect(recipients.map((r) => r.slug)).not.toContain(moldova!.slug);
  });
});
