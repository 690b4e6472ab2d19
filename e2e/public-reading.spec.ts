import type { Browser, Page } from "@playwright/test";
import { createPrismaClient } from "../lib/db";
import { expect, test } from "./fixtures";

// Runs after every other file (its own project in playwright.config.ts): while
// public reading is on, signed-out visitors see readouts instead of sign-in.

const SEED_TITLE = "Defense Contact Group: coordinating support for Ukraine";
const STAFF_PAGES = [
  "/",
  "/meetings",
  "/meetings/new",
  "/review",
  "/review/events",
  "/admin/users",
  "/admin/audit",
  "/admin/rates",
  "/admin/parties",
  "/admin/settings",
  "/account",
  "/notifications",
  "/ledger/import",
];

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  // Whatever happened above, leave the database as every other test expects it.
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  await prisma.setting.deleteMany({ where: { key: "public_reading" } });
  await prisma.$disconnect();
});

async function setPublicReading(page: Page, on: boolean) {
  await page.goto("/admin/settings");
  await page.getByRole("button", { name: on ? "Turn on public reading" : "Turn off public reading" }).click();
  await expect(page.getByRole("status")).toHaveText(/Saved/);
  await expect(page.getByText(on ? "on: published readouts are public" : "off: only signed-in people can read")).toBeVisible();
}

async function signedOut(browser: Browser) {
  return (await browser.newContext()).newPage();
}

test("with public reading off (the default), a signed-out browser is sent to sign-in as before", async ({ browser }) => {
  const visitor = await signedOut(browser);
  for (const path of ["/readouts", "/ledger", "/ledger/figures", "/ledger/parties", "/api/v1/readouts"]) {
    const response = await visitor.goto(path);
    if (path.startsWith("/api/")) expect(response?.status()).toBe(401);
    else await expect(visitor).toHaveURL(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});

test("with public reading on, a signed-out browser reads a published readout and is refused every staff page", async ({ page, browser, loginAs }) => {
  // Some twenty page loads: a guard against hanging, not a timing assumption.
  test.setTimeout(180_000);
  await loginAs("admin");
  await setPublicReading(page, true);

  const visitor = await signedOut(browser);
  await visitor.goto("/readouts");
  await expect(visitor.getByRole("heading", { level: 1, name: "Published readouts" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(visitor.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText(["Readouts", "Ledger"]);
  await visitor.getByRole("link", { name: SEED_TITLE }).first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: SEED_TITLE })).toBeVisible();
  const readoutId = new URL(visitor.url()).pathname.split("/")[2]!;

  for (const path of [...STAFF_PAGES, `/meetings/${readoutId}`, `/meetings/${readoutId}/edit`, `/meetings/${readoutId}/history`]) {
    await visitor.goto(path);
    await expect(visitor, `${path} must not be public`).toHaveURL(/\/sign-in/);
  }
  await visitor.goto("/ledger");
  await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(visitor).toHaveURL(/\/ledger$/);

  await setPublicReading(page, false);
  await visitor.goto("/readouts");
  await expect(visitor).toHaveURL(`/sign-in?next=${encodeURIComponent("/readouts")}`);
});
