import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// A second, identical instance on the same database, as behind a load balancer.
const secondPort = port + 1;
process.env.E2E_SECOND_URL = `http://127.0.0.1:${secondPort}`;

// Debian's Chromium where there is one (Playwright cannot download its own here).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /public-reading\.spec\.ts/,
      use: chromium,
    },
    // Public reading changes what every signed-out visitor sees, so it runs after the rest.
    { name: "public-reading", testMatch: /public-reading\.spec\.ts/, dependencies: ["chromium"], use: chromium },
  ],
  webServer: [port, secondPort].map((p) => ({
    command: `npx next start -p ${p} -H 127.0.0.1`,
    url: `http://127.0.0.1:${p}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
