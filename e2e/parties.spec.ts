import { expect, test } from "./fixtures";

test("an admin teaches Readout another name for a party, once", async ({ page, loginAs }) => {
  await loginAs("admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Parties" }).click();
  await page.getByLabel("Find a party or alias").fill("Netherlands");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("row", { name: /Netherlands/ })).toContainText("Holland");

  const alias = `Nederland ${Date.now().toString(36)}`;
  await page.getByLabel("Party", { exact: true }).fill("the Dutch");
  await page.getByLabel("Alias", { exact: true }).fill(alias);
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByRole("status")).toContainText(`“${alias}” now names Netherlands`);

  await page.getByLabel("Party", { exact: true }).fill("Netherlands");
  await page.getByLabel("Alias", { exact: true }).fill(alias.toUpperCase());
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.locator("#alias-alias-error")).toHaveText(`“${alias.toUpperCase()}” already names Netherlands.`);
});

test("only admins manage parties", async ({ page, loginAs }) => {
  await loginAs("editor");
  expect((await page.goto("/admin/parties"))?.status()).toBe(403);
});
