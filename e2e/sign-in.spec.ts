import { DEMO, expect, signIn, test } from "./fixtures";

test.describe("signing in", () => {
  test("each demo role lands on a home page that fits it", async ({ page, loginAs }) => {
    await loginAs("editor");
    await expect(page.getByRole("heading", { name: /My drafts/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Record a meeting" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Awaiting review/ })).toHaveCount(0);
  });

  test("a reviewer sees the review queue", async ({ page, loginAs }) => {
    await loginAs("reviewer");
    await expect(page.getByRole("heading", { name: /Awaiting review/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nordic-Baltic coordination on training" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Record a meeting" })).toHaveCount(0);
  });

  test("a viewer sees published readouts only", async ({ page, loginAs }) => {
    await loginAs("viewer");
    await expect(page.getByRole("heading", { name: "Latest readouts" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Defense Contact Group: coordinating support for Ukraine" })).toBeVisible();
    await expect(page.getByText("demining")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Meetings" })).toHaveCount(0);
  });

  test("an admin sees the staff home and the review queue", async ({ page, loginAs }) => {
    await loginAs("admin");
    await expect(page.getByRole("heading", { name: /My drafts/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Awaiting review/ })).toBeVisible();
    await expect(page.getByText("Admin", { exact: false }).first()).toBeVisible();
  });

  test("a wrong password and an unknown account get the same message, and the email is kept", async ({ page }) => {
    await signIn(page, DEMO.viewer, "wrong-password");
    const alert = page.locator("form").getByRole("alert");
    await expect(alert).toHaveText(/email address or password is not right/);
    const wrongPasswordMessage = await alert.textContent();
    await expect(page.getByLabel("Email address")).toHaveValue(DEMO.viewer);

    await signIn(page, "nobody@readout.example", "wrong-password");
    await expect(page.locator("form").getByRole("alert")).toHaveText(wrongPasswordMessage!);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out ends the session", async ({ page, loginAs }) => {
    await loginAs("viewer");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/readouts");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("signed-out visitors", () => {
  for (const path of ["/", "/meetings", "/readouts?q=training"]) {
    test(`are sent from ${path} to sign-in, and back after signing in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(path === "/" ? /\/sign-in$/ : `/sign-in?next=${encodeURIComponent(path)}`);
      await page.getByLabel("Email address").fill(DEMO.editor);
      await page.getByLabel("Password").fill("readout-demo-2026");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(path);
    });
  }

  // The browser normalises the path after the app decided: "/.//evil.example" becomes "//evil.example".
  for (const next of ["%2F.%2F%2Fevil.example", "%2F..%2F%2Fevil.example", "%2F%5Cevil.example", "%2F%252e%252e%2F%2Fevil.example", "%2F%2Fevil.example%2Fx"]) {
    test(`are never sent off-site after signing in, with ?next=${next}`, async ({ page, baseURL }) => {
      await page.goto(`/sign-in?next=${next}`);
      await page.getByLabel("Email address").fill(DEMO.viewer);
      await page.getByLabel("Password").fill("readout-demo-2026");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(`${baseURL}/`);
      await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
    });
  }

  test("get a 404 page for an unknown address", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test("a viewer is refused staff pages with a 403", async ({ page, loginAs }) => {
  await loginAs("viewer");
  const response = await page.goto("/meetings");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
