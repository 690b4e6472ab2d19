import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const base = "http://localhost:3000";
await page.goto(base + "/sign-in");
await page.getByLabel("Email address").fill(process.argv[2] ?? "editor@readout.example");
await page.getByLabel("Password").fill("readout-demo-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(base + "/");
for (const [i, path] of process.argv.slice(3).entries()) {
  await page.goto(base + path);
  await page.screenshot({ path: `/tmp/shot${i}.png`, fullPage: true });
}
await browser.close();
