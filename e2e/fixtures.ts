import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "readout-demo-2026";
export const DEMO = {
  admin: "admin@readout.example",
  editor: "editor@readout.example",
  reviewer: "reviewer@readout.example",
  viewer: "viewer@readout.example",
} as const;
export type DemoRole = keyof typeof DEMO;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A page in a browser context of its own (its own cookies), signed in as `email`. */
export async function signedInPage(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  return page;
}

/** Presses a button and waits for the status message saying it was done. */
export async function act(page: Page, button: string | RegExp, done: RegExp) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
}

export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use(async (role) => {
      await signIn(page, DEMO[role]);
      await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
    });
  },
});

export { expect };

/** Nothing scrolls sideways: neither the page nor any box inside it (a table in a card). Names what does, to see why. */
export async function expectNoSidewaysScrolling(page: Page) {
  const scrolling = await page.evaluate(() => {
    const root = document.documentElement;
    const found = root.scrollWidth > root.clientWidth ? [`the page (${root.scrollWidth} px in ${root.clientWidth} px)`] : [];
    for (const el of document.body.querySelectorAll("*")) {
      if (!["auto", "scroll"].includes(getComputedStyle(el).overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const name = el.querySelector("caption")?.textContent ?? el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40);
      found.push(`${el.tagName.toLowerCase()} “${name}” (${el.scrollWidth} px in ${el.clientWidth} px)`);
    }
    return found;
  });
  expect(scrolling).toEqual([]);
}

/** No serious or critical axe violation on the page (or inside `include`, a selector); names each one found. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string) {
  const axe = include ? new AxeBuilder({ page }).include(include) : new AxeBuilder({ page });
  const { violations } = await axe.analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`)).toEqual([]);
}
