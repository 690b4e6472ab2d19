import { test as base, expect, type Page } from "@playwright/test";

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

export const test = base.extend<{ loginAs: (role: DemoRole) => Promise<void> }>({
  loginAs: async ({ page }, use) => {
    await use(async (role) => {
      await signIn(page, DEMO[role]);
      await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
    });
  },
});

export { expect };
