import type { Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db";
import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

// The meeting form never shows something other than what it holds (issue 10).
const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function fillBasics(page: Page, title: string) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Series").fill(unique("Form series"));
  await page.getByLabel("Starts on").fill("2026-10-14");
  await page.getByLabel("Start time").fill("09:00");
}

const summary = (page: Page) => page.getByRole("alert").filter({ has: page.locator("#error-summary-title") });

async function refusedDraft(page: Page) {
  await page.goto("/meetings/new");
  await page.getByLabel("Title").fill(unique("Refused meeting"));
  await page.getByLabel("Format").selectOption("hybrid");
  await page.getByRole("button", { name: "+ Add participant" }).click();
  await page.locator("#participants-0-name").fill("NATO");
  await page.locator("#participants-0-kind").selectOption("organisation");
  await page.locator("#participants-0-attendance").selectOption("remote");
  await page.getByRole("button", { name: "+ Add discussion" }).click();
  await page.locator("#discussions-0-title").fill("Training");
  await page.locator("#discussions-0-topic").selectOption("training");
  await page.getByRole("button", { name: "+ Add commitment" }).click();
  await page.locator("#commitments-0-kind").selectOption("military");
  await page.locator("#commitments-0-instrument").selectOption("loan");
  await page.locator("#commitments-0-discussionKey").focus();
  await page.locator("#commitments-0-discussionKey").selectOption({ label: "1. Training" });
  // No series, no start, no party, no description: refused.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(summary(page)).toBeVisible();
  await expect(page).toHaveURL(/\/meetings\/new$/);
}

test("after a refused save every select shows what the form holds", async ({ page, loginAs }) => {
  await loginAs("editor");
  await refusedDraft(page);
  await expect(page.getByLabel("Format")).toHaveValue("hybrid");
  await expect(page.locator("#participants-0-kind")).toHaveValue("organisation");
  await expect(page.locator("#participants-0-attendance")).toHaveValue("remote");
  await expect(page.locator("#discussions-0-topic")).toHaveValue("training");
  await expect(page.locator("#commitments-0-kind")).toHaveValue("military");
  await expect(page.locator("#commitments-0-instrument")).toHaveValue("loan");
  await expect(page.locator("#commitments-0-discussionKey").locator("option:checked")).toHaveText("1. Training");
});

test("a refused save focuses a summary whose links focus each field; a new row's first field takes the focus; axe finds nothing serious", async ({ page, loginAs }) => {
  test.setTimeout(120_000); // axe over the whole form is slow on a busy machine
  await loginAs("editor");
  await refusedDraft(page);
  await expect(summary(page)).toBeFocused();
  await summary(page).getByRole("link", { name: "Series", exact: true }).click();
  await expect(page.getByLabel("Series")).toBeFocused();
  await summary(page).getByRole("link", { name: "Commitment 1: Description", exact: true }).click();
  await expect(page.locator("#commitments-0-description")).toBeFocused();

  for (const [button, first] of [
    ["+ Add participant", "#participants-1-name"],
    ["+ Add discussion", "#discussions-1-title"],
    ["+ Add commitment", "#commitments-1-party"],
    ["+ Add source", "#sources-0-title"],
  ]) {
    await page.getByRole("button", { name: button }).click();
    await expect(page.locator(first!)).toBeFocused();
  }
  // A source's problem names the source, as a commitment's does.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(summary(page).getByRole("link", { name: "Source 1: Title", exact: true })).toBeVisible();

  await expectNoSeriousA11yViolations(page, "main");
});

test("Enter in a text field never saves; a textarea keeps its new lines; the Save button works by keyboard", async ({ page, loginAs }) => {
  await loginAs("editor");
  await page.goto("/meetings/new");
  const title = unique("Enter meeting");
  await fillBasics(page, title);
  await page.getByLabel("Title").press("Enter");
  await page.getByRole("button", { name: "+ Add participant" }).click();
  await page.keyboard.type("Ukraine");
  await page.keyboard.press("Enter");
  await page.getByLabel("Summary").pressSequentially("First line");
  await page.getByLabel("Summary").press("Enter");
  await page.getByLabel("Summary").pressSequentially("second line");
  await expect(page).toHaveURL(/\/meetings\/new$/);

  await page.getByRole("button", { name: "Save draft" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Saved as version 1.")).toBeVisible();
  // One meeting with this title, saved once, as the form finally held it.
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const revisions = await prisma.revision.findMany({ where: { title }, include: { participants: true } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.summary).toBe("First line\nsecond line");
    expect(revisions[0]!.participants.map((p) => p.name)).toEqual(["Ukraine"]);
  } finally {
    await prisma.$disconnect();
  }
});

test("amounts are read as people write them, in the chosen number format, and shown before saving", async ({ page, loginAs }) => {
  test.setTimeout(60_000);
  await loginAs("editor");
  await page.goto("/meetings/new");
  const title = unique("Amounts meeting");
  await fillBasics(page, title);
  await page.getByRole("button", { name: "+ Add participant" }).click();
  await page.keyboard.type("Ukraine");
  const commitment = async (i: number, description: string) => {
    await page.getByRole("button", { name: "+ Add commitment" }).click();
    await page.keyboard.type("Germany");
    await page.locator(`#commitments-${i}-description`).fill(description);
  };
  await commitment(0, "Air defence, large");
  await page.locator("#commitments-0-amount").fill("€1.2bn");
  await expect(page.locator("#commitments-0-amount-reading")).toHaveText("= 1,200,000,000 EUR");
  await expect(page.locator("#commitments-0-currency")).toHaveValue("EUR");
  await commitment(1, "Air defence, small");
  await page.locator("#commitments-1-amount").fill("2,5");
  await page.locator("#commitments-1-currency").fill("EUR");
  await expect(page.locator("#commitments-1-amount-reading")).toContainText("not a number in the 1,234.5 format");
  await commitment(2, "Air defence, secret");
  await page.getByLabel("Amount undisclosed").nth(2).check();
  await page.locator("#commitments-2-currency").fill("EUR");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText("Commitment 2: Amount");
  await expect(page.locator("#commitments-1-amount-error")).toContainText("not a number in the 1,234.5 format");

  // In the other format "2,5" is two and a half, and "€1.2bn" no longer reads: it says so.
  await page.getByLabel("Amounts are written as").selectOption("1.234,5");
  await expect(page.locator("#commitments-1-amount-reading")).toHaveText("= 2.5 EUR");
  await expect(page.locator("#commitments-0-amount-reading")).toContainText("not a number in the 1.234,5 format");
  await page.locator("#commitments-0-amount").fill("1,2 Mrd €");
  await expect(page.locator("#commitments-0-amount-reading")).toHaveText("= 1,200,000,000 EUR");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "undisclosed (EUR)" })).toBeVisible();

  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const revision = await prisma.revision.findFirstOrThrow({ where: { title }, include: { commitments: { orderBy: { position: "asc" } } } });
    expect(revision.commitments.map((c) => [c.amount?.toString() ?? null, c.currency, c.amountUndisclosed])).toEqual([
      ["1200000000", "EUR", false],
      ["2.5", "EUR", false],
      [null, "EUR", true],
    ]);
  } finally {
    await prisma.$disconnect();
  }
});
