import { expect } from "vitest";
import { confirmImportAction, previewImportAction } from "@/app/(app)/ledger/import/actions";
import { importFile, partyWithAlias, pledgeRow } from "../../support/import-files";
import { grid } from "../../support/matrix/grid";
import { actionRefusal, defineCase, type Matrix } from "../../support/matrix/runner";

// Written out by hand, not derived from the role map. Legend in support/matrix/grid.ts.

const WHO_IMPORTS = grid`
  who         any
  signed_out  auth
  viewer      deny
  editor      ok
  reviewer    deny
  admin       ok`;

type ImportFixture = { text: string; description: string };

async function oneNewPledge({ prisma }: { prisma: Parameters<typeof partyWithAlias>[0] }): Promise<ImportFixture> {
  const { alias } = await partyWithAlias(prisma);
  const description = `Matrix grant ${Math.random().toString(36).slice(2, 8)}`;
  return { text: importFile([pledgeRow({ ref: "a", party: alias, description })]), description };
}

function form(fields: Record<string, string | File>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

export const importActions: Matrix = {
  "app/(app)/ledger/import/actions.ts#previewImportAction": [
    defineCase({
      rows: WHO_IMPORTS,
      fixture: oneNewPledge,
      shared: true,
      keepsFixture: true,
      call: (f) => previewImportAction(null, form({ file: new File([f.text], "pledges.csv", { type: "text/csv" }) })),
      refusal: actionRefusal,
      effect: async (f, outcome, { prisma }) => {
        expect(outcome.returned).toMatchObject({ ok: true, data: { pledgeCount: 1, eventCount: 0, problems: [], text: f.text } });
        expect(await prisma.pledge.count({ where: { description: f.description } })).toBe(0);
      },
    }),
  ],
  "app/(app)/ledger/import/actions.ts#confirmImportAction": [
    defineCase({
      rows: WHO_IMPORTS,
      fixture: oneNewPledge,
      shared: true,
      call: (f) => confirmImportAction(null, form({ fileName: "pledges.csv", text: f.text })),
      refusal: actionRefusal,
      effect: async (f, outcome, { prisma, actor }) => {
        expect(outcome.returned).toMatchObject({ ok: true, data: { pledges: 1, events: 0 } });
        const created = await prisma.pledge.findFirstOrThrow({ where: { description: f.description }, include: { import: true } });
        expect(created.publishedAt).toBeNull();
        expect(created.import).toMatchObject({ state: "proposed", createdById: actor!.id, fileName: "pledges.csv" });
      },
    }),
  ],
};
