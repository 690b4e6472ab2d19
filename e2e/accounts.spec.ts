import { expect, signIn, test } from "./fixtures";

test("an admin invites someone, who sets a password once and signs in", async ({ page, browser, loginAs }) => {
  await loginAs("admin");
  await page.goto("/admin/users");
  const email = `invitee-${Date.now().toString(36)}@readout.example`;
  await page.getByLabel("Name").fill("Iris Invitee");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Create and invite" }).click();
  const linkField = page.getByRole("textbox", { name: "Account created. Invitation link: link" });
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  await expect(page.getByText(email)).toBeVisible();
  expect(await page.content()).not.toContain("$argon2");

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`Set a password for ${email}`)).toBeVisible();
  await invitee.getByLabel("New password", { exact: true }).fill("password1234");
  await invitee.getByLabel("New password again").fill("password1234");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByRole("alert").filter({ hasText: /longer phrase/ })).toBeVisible();

  await invitee.getByLabel("New password", { exact: true }).fill("granite willow compass thunder");
  await invitee.getByLabel("New password again").fill("granite willow compass thunder");
  await invitee.getByRole("button", { name: "Set password" }).click();
  await expect(invitee.getByText("Your password is set.")).toBeVisible();
  await signIn(invitee, email, "granite willow compass thunder");
  await expect(invitee.getByRole("heading", { name: "Welcome, Iris" })).toBeVisible();

  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
});

test("repeated failed sign-ins are throttled with a clear message", async ({ page }) => {
  const email = `nobody-${Date.now().toString(36)}@readout.example`;
  for (let i = 0; i < 5; i++) {
    await signIn(page, email, `wrong-${i}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText(/not right/);
  }
  await signIn(page, email, "wrong-again");
  await expect(page.locator("form").getByRole("alert")).toHaveText(/Too many failed attempts/);
});

test("responses carry the security headers", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toBeUndefined();
  const nonce = headers["content-security-policy"]!.match(/'nonce-([^']+)'/)![1];
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  expect(nonce).not.toBe((await page.request.get("/sign-in")).headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]);

  const overHttps = await page.request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
});

test("the session cookie is httpOnly and SameSite", async ({ page, loginAs }) => {
  await loginAs("viewer");
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("authjs.session-token"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("a non-admin is refused the account pages", async ({ page, loginAs }) => {
  await loginAs("editor");
  expect((await page.goto("/admin/users"))?.status()).toBe(403);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
});

test("no page or API response contains a password hash", async ({ page, loginAs }) => {
  await loginAs("admin");
  for (const path of ["/", "/meetings", "/review", "/readouts", "/notifications", "/account", "/admin/users", "/admin/audit", "/api/v1/readouts"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const body = await response!.text();
    expect(body, path).not.toMatch(/\$argon2|passwordHash/);
  }
});

test("behind an HTTPS proxy the session cookie is also Secure", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const page = await context.newPage();
  const setCookies: string[] = [];
  page.on("response", async (response) => {
    for (const h of await response.headersArray()) if (h.name.toLowerCase() === "set-cookie") setCookies.push(h.value);
  });
  await signIn(page, "viewer@readout.example");
  // The app now redirects to https://, which this test server does not speak; the cookie is what matters.
  await expect.poll(() => setCookies.find((c) => c.includes("session-token"))).toBeTruthy();
  const session = setCookies.find((c) => c.includes("session-token"))!;
  expect(session).toMatch(/^__Secure-authjs\.session-token=/);
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await context.close();
});
