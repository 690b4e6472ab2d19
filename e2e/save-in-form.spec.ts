import type { Page } from "@playwright/test";
import { DEMO, expect, signedInPage, test } from "./fixtures";

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Records a new draft (its save goes to the meeting's page) and returns its edit page's address. */
async function recordDraft(page: Page): Promise<string> {
  await page.goto("/meetings/new");
  await page.getByLabel("Title").fill(unique("Saved in the form"));
  await page.getByLabel("Series").fill(unique("Series"));
  await page.getByLabel("Starts on").fill("2026-09-09");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as version 1.")).toBeVisible();
  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?saved=1$/);
  return page.url().replace(/\?.*$/, "") + "/edit";
}

async function saveInForm(page: Page, version: number) {
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved as version ${version}.` })).toBeVisible();
}

test("an edit saves twice in a row from the same form, which keeps its text and links to the record", async ({ page, loginAs }) => {
  await loginAs("editor");
  const editUrl = await recordDraft(page);
  await page.goto(editUrl);

  await page.getByLabel("Location").fill("Brussels");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await saveInForm(page, 2);
  expect(page.url()).toBe(editUrl);
  await expect(page.getByLabel("Location")).toHaveValue("Brussels");
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);

  // The form now starts from version 2: saving again is not taken for someone else's save.
  // By keyboard: the focus is back on the Save button once saved (it is disabled while saving).
  await page.getByLabel("Location").fill("Ramstein");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved as version 3." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeFocused();
  await expect(page.locator("form").getByRole("alert")).toHaveCount(0);
  await expect(page.getByText("Unsaved changes")).toHaveCount(0);

  // Nothing is unsaved, so the link leaves without asking.
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole("status").getByRole("link", { name: "View the record" }).click();
  await expect(page.getByText(/Version 3, saved/)).toBeVisible();
  await expect(page.getByText("Ramstein")).toBeVisible();
  expect(asked).toEqual([]);
});

test("a tab opened before the last in-form save is refused and keeps its text; the saving tab saves again", async ({ browser }) => {
  test.setTimeout(60_000);
  const saving = await signedInPage(browser, DEMO.editor);
  const stale = await saving.context().newPage();
  const editUrl = await recordDraft(saving);

  await saving.goto(editUrl);
  await saving.getByLabel("Location").fill("Brussels");
  await saveInForm(saving, 2);
  await stale.goto(editUrl); // starts from version 2
  await saving.getByLabel("Location").fill("Ramstein");
  await saveInForm(saving, 3);

  await stale.getByLabel("Location").fill("Kyiv");
  await stale.getByRole("button", { name: "Save changes" }).click();
  await expect(stale.locator("form").getByRole("alert")).toContainText("This record was saved again after you opened it");
  await expect(stale.getByLabel("Location")).toHaveValue("Kyiv");
  await expect(stale.getByRole("link", { name: "see what changed since your version 2" })).toBeVisible();

  await saving.getByLabel("Location").fill("Lviv");
  await saveInForm(saving, 4);
  await stale.goto(editUrl);
  await expect(stale.getByLabel("Location")).toHaveValue("Lviv");
});
