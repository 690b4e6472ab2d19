import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Collects what the browser refused under the Content-Security-Policy, from the console and from violation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

/** React hydrated the element: it carries React's fiber, which only its JavaScript adds. */
async function expectHydrated(page: Page, selector: string) {
  await expect
    .poll(() => page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith("__reactFiber"))))
    .toBe(true);
}

test.describe("every page runs its scripts under the nonce-based CSP", () => {
  test("forgot-password: no script refused, and the form is hydrated", async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto("/forgot-password");
    expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
    await expectHydrated(page, "input[name=email]");
    expect(violations).toEqual([]);
  });

  test("a page that does not exist: no script refused, and its link navigates in the page", async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expectHydrated(page, "a[href='/']");

    // A client-side navigation keeps the window; a full page load would lose this mark.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(violations).toEqual([]);
  });
});
