import { expect, expectNoSeriousA11yViolations, test } from "./fixtures";

const SEED_TITLE = "Defense Contact Group: coordinating support for Ukraine";

test("a viewer finds the seed meeting by a word from a discussion, opens it, downloads CSV and Markdown, and sees it in the feed", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto("/readouts");
  await page.getByRole("searchbox", { name: "Search readouts" }).fill("interoperability");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=interoperability/);
  const result = page.getByRole("link", { name: SEED_TITLE });
  await expect(result).toBeVisible();
  await expect(page.locator("mark", { hasText: /interoperability/i })).toBeVisible();
  await result.click();
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(page.getByRole("region", { name: "Commitments (9)" })).toContainText("Total");

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Commitments (CSV)" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^commitments-.*\.csv$/);
  const csvText = await (await import("node:fs/promises")).readFile((await csv.path())!, "utf8");
  expect(csvText.split("\n")[0]).toContain("Pledged by");
  expect(csvText).toContain("Air-defence interceptors");

  const mdDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Markdown" }).click();
  const md = await (await import("node:fs/promises")).readFile((await (await mdDownload).path())!, "utf8");
  expect(md).toContain(`# ${SEED_TITLE}`);

  const feed = await page.request.get("/readouts/feed.atom");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(SEED_TITLE);
});

test("search and filters handle odd input with a clear message, never an error page", async ({ page, loginAs }) => {
  await loginAs("viewer");
  for (const q of ['"unclosed', "the and of", "'; drop table --", "x".repeat(2000)]) {
    const response = await page.goto(`/readouts?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "Published readouts" })).toBeVisible();
  }
  await page.goto("/readouts?topic=aliens&page=999");
  await expect(page.getByText(/Unknown topic “aliens” was ignored/)).toBeVisible();
  await expect(page.getByText("There is no page 999.")).toBeVisible();
});

test("the list, search and readout pages pass automated accessibility checks", async ({ page, loginAs }) => {
  test.slow(); // axe scans four whole pages
  await loginAs("viewer");
  await page.goto("/readouts");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/readouts?q=training");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: SEED_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a keyboard alone can search and open a readout", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto("/readouts");
  await page.keyboard.press("Tab"); // skip link
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByRole("searchbox", { name: "Search readouts" }).focus();
  await page.keyboard.type("co-production");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=co-production/);
  const link = page.getByRole("link", { name: SEED_TITLE });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
});

test("the readout prints without the app's navigation and buttons", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto("/readouts?q=interoperability");
  await page.getByRole("link", { name: SEED_TITLE }).click();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
});

test("at 390 px wide the readout shows every commitment column without sideways scrolling", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("viewer");
  await page.goto("/readouts?q=interoperability");
  await page.getByRole("link", { name: SEED_TITLE }).click();
  const commitments = page.getByRole("region", { name: "Commitments (9)" });
  await expect(commitments).toContainText("Total");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Each stacked row names its columns, and every cell lies within the screen.
  const cells = commitments.locator("tbody td");
  expect(await cells.count()).toBe(9 * 5);
  for (const label of ["Pledged by", "Description", "Amount or quantity", "Due", "Status"]) {
    await expect(commitments.locator(`td[data-label="${label}"]`).first()).toBeVisible();
  }
  const widest = await cells.evaluateAll((tds) => Math.max(...tds.map((td) => td.getBoundingClientRect().right)));
  expect(widest).toBeLessThanOrEqual(390);
});

test("the readout's body comes once, in the page's HTML, stays when the page comes alive, and is there after a link and after going back", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto("/readouts?q=interoperability");
  await page.getByRole("link", { name: SEED_TITLE }).click();
  const commitments = page.getByRole("region", { name: "Commitments (9)" });
  await expect(commitments).toContainText("Air-defence interceptors");

  const response = await page.reload();
  const sent = (await response!.text()).split("Air-defence interceptors").length - 1;
  expect(sent).toBe(1);
  await page.waitForLoadState("networkidle"); // hydrated
  await expect(commitments).toContainText("Air-defence interceptors");

  await page.getByRole("link", { name: "← All readouts" }).click();
  await expect(page.getByRole("heading", { name: "Published readouts" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
  await expect(commitments).toContainText("Air-defence interceptors");
});
