import { DEMO, expect, signIn, test } from "./fixtures";

// Two app instances share one Postgres and nothing else.
const second = () => process.env.E2E_SECOND_URL!;

test("a session opened on one instance works on the other, and signing out on either ends it", async ({ page, loginAs }) => {
  await loginAs("viewer");
  await page.goto(`${second()}/readouts`);
  await expect(page.getByRole("heading", { name: "Published readouts" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/readouts"); // the first instance
  await expect(page).toHaveURL(/\/sign-in/);
});

test("failed sign-ins on both instances count toward one limit", async ({ page }) => {
  const email = `split-${Date.now().toString(36)}@readout.example`;
  for (let i = 0; i < 5; i++) {
    const base = i % 2 === 0 ? "" : second();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(/not right/);
  }
  await page.goto(`${second()}/sign-in`);
  await signIn(page, email, "again");
  await expect(page.locator("form").getByRole("alert")).toHaveText(/Too many failed attempts/);
});

test("a change made through one instance applies at once on the other", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await expect(admin.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  // A fresh account, so the demo accounts other tests use are left alone.
  await admin.goto("/admin/users");
  const email = `moved-${Date.now().toString(36)}@readout.example`;
  await admin.getByLabel("Name").fill("Mo Ved");
  await admin.getByLabel("Email address").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await admin.getByRole("button", { name: "Create and invite" }).click();
  const link = await admin.getByRole("textbox", { name: /Invitation link/ }).inputValue();

  const person = await (await browser.newContext()).newPage();
  await person.goto(link);
  await person.getByLabel("New password", { exact: true }).fill("violet harbour signal mango");
  await person.getByLabel("New password again").fill("violet harbour signal mango");
  await person.getByRole("button", { name: "Set password" }).click();
  await signIn(person, email, "violet harbour signal mango");
  await expect(person.getByRole("heading", { name: "Welcome, Mo" })).toBeVisible();
  await person.goto(`${second()}/review`);
  await expect(person.getByRole("heading", { name: "Review queue" })).toBeVisible();

  // The admin demotes them on the first instance; the second refuses the next request.
  await admin.goto("/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: email });
  await row.getByRole("combobox").selectOption("viewer");
  await Promise.all([
    admin.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/users")),
    row.getByRole("button", { name: "Change role" }).click(),
  ]);
  await admin.reload();
  await expect(admin.getByRole("listitem").filter({ hasText: email }).getByRole("combobox")).toHaveValue("viewer");
  expect((await person.goto(`${second()}/review`))?.status()).toBe(403);
});
