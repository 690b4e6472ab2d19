import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { refreshPledges } from "@/lib/ledger/refresh-pledges";
import { DEMO, expect, test, signedInPage } from "./fixtures";

/** A public pledge of its own (from an approved import), so this spec changes no one else's figures. */
async function ownPledge(description: string): Promise<number> {
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.admin } });
    const origin = await prisma.pledgeImport.create({ data: { fileName: "e2e.csv", rowCount: 1, state: "approved", createdById: admin.id } });
    const pledge = await prisma.pledge.create({
      data: { importId: origin.id, description, kind: "financial", amount: "1000000", currency: "EUR", announcedOn: new Date("2026-10-14T00:00:00Z") },
    });
    await prisma.$transaction((tx) => refreshPledges(tx, [pledge.id]));
    return pledge.number;
  } finally {
    await prisma.$disconnect();
  }
}

test("an editor proposes progress, a viewer cannot see the queue, and another reviewer's approval moves the figures", async ({ browser }) => {
  test.setTimeout(90_000);
  const description = `E2E grant ${Date.now().toString(36)}`;
  const number = await ownPledge(description);
  const formUrl = `/ledger/pledges/${number}/events/new`;

  const editor = await signedInPage(browser, DEMO.editor);
  await editor.goto(formUrl);
  await expect(editor.getByRole("heading", { name: `Record progress on P-${number}` })).toBeVisible();
  await editor.getByLabel("Amount (EUR)").fill("a quarter");
  await editor.getByRole("textbox", { name: "Source", exact: true }).fill("Ministry statement");
  await editor.getByRole("button", { name: "Propose for review" }).click();
  await expect(editor.locator("#event-amount-error")).toHaveText(/one figure, such as 2500000/);
  await expect(editor.locator("#event-as-of-error")).toHaveText(/date this progress was reported/);
  await expect(editor.getByRole("textbox", { name: "Source", exact: true })).toHaveValue("Ministry statement");

  // The form reads the amount as the save will, as the meeting form does: "1.000" could be either.
  await expect(editor.getByLabel("Amount (EUR)")).toHaveAccessibleDescription(/one figure, such as 2500000/);
  await editor.getByLabel("Amount (EUR)").fill("1.000");
  // The server's message was about "a quarter": it goes once the amount changes.
  await expect(editor.locator("#event-amount-error")).toHaveCount(0);
  await expect(editor.locator("#event-amount-reading")).toHaveText("1.000 could be 1 or 1000: write 1000 or 1.0.");
  await editor.getByLabel("Amount (EUR)").fill("250,000");
  await expect(editor.locator("#event-amount-reading")).toHaveText("= 250,000 EUR");
  await expect(editor.getByLabel("Amount (EUR)")).toHaveAccessibleDescription(/= 250,000 EUR/);
  await editor.getByLabel("As of (UTC)").fill("2026-11-02");
  await editor.getByRole("button", { name: "Propose for review" }).click();
  await expect(editor.getByRole("status").filter({ hasText: /Proposed\./ })).toBeVisible();
  await expect(editor.getByRole("listitem").filter({ hasText: "Pending review" })).toContainText("€250,000");

  const viewer = await signedInPage(browser, DEMO.viewer);
  for (const url of ["/review/events", formUrl]) {
    const response = await viewer.goto(url);
    expect(response?.status()).toBe(403);
  }

  const reviewer = await signedInPage(browser, DEMO.reviewer);
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: /Pledge progress to review/ }).click();
  const item = reviewer.getByRole("listitem").filter({ hasText: description });
  await expect(item).toContainText("Partly delivered: €250,000, as of 2 Nov 2026");
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Approved\. The event now counts/ })).toBeVisible();
  await expect(item).toHaveCount(0);

  await editor.reload();
  await expect(editor.getByText("Partly delivered · announced")).toBeVisible();
  await expect(editor.getByRole("definition").nth(2)).toHaveText("€250,000");
  await expect(editor.getByText("Pending review")).toHaveCount(0);
});

test("an admin uploads the ECB's file: a malformed one is refused with its row and column, a good one is summarised", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.goto("/admin/rates");
  const upload = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
    await page.getByLabel("Rate file").setInputFiles(file);
    await page.getByRole("button", { name: "Upload" }).click();
  };

  await upload({ name: "eurofxref-hist.csv", mimeType: "text/csv", buffer: Buffer.from("Date,USD,GBP,\n2026-11-27,1.05,0.83,\n2026-11-26,1,05,0.84,\n") });
  const refusal = page.getByRole("alert").filter({ hasText: "nothing was saved" });
  await expect(refusal).toContainText("Row 3, column 1: This row has 3 values");

  await upload(path.resolve(import.meta.dirname, "../prisma/demo/eurofxref-demo.csv"));
  await expect(page.getByRole("status").filter({ hasText: /Loaded eurofxref-demo\.csv: 170 days from 2026-04-01 to 2026-11-27/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /USD/ })).toContainText("27 Nov 2026");
});
