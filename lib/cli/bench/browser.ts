import { existsSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export type EditingFigures = { saveMs: number[]; keyMs: number[] };

/**
 * In Chromium, as an editor: per keystroke in the large meeting's form, the time
 * from the key to the next frame; and saving it, from the click to "Saved".
 * Each save makes a new version of the meeting (the database grows by one revision).
 */
export async function measureEditing(origin: string, cookie: string, meetingId: string, saves = 3): Promise<EditingFigures> {
  if (!CHROMIUM) throw new Error("No Chromium found (set CHROMIUM_PATH).");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  try {
    const context = await browser.newContext();
    const [name, ...value] = cookie.split("=");
    await context.addCookies([{ name: name!, value: value.join("="), url: origin }]);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const figures: EditingFigures = { saveMs: [], keyMs: [] };
    for (let i = 0; i < saves; i++) {
      await page.goto(`${origin}/meetings/${meetingId}/edit`);
      const field = page.getByLabel("Implications");
      if (i === 0) figures.keyMs = await keystrokes(page, field, " typed in the benchmark");
      else await field.pressSequentially(` save ${i}`);
      const save = page.getByRole("button", { name: "Save changes" });
      await save.waitFor();
      await watchForSaved(page);
      await save.click();
      // Timed in the page; Playwright's text search over the 150-row form, polled on the page's
      // own main thread, took seconds of it and delayed React's rendering of the result.
      await page
        .waitForFunction(() => (window as unknown as BenchWindow).benchSaved !== undefined, null, { polling: 100 })
        .then(() => page.getByText(/Saved as version \d+\./).waitFor())
        .catch(async (error: Error) => {
          // Say why: the form shows its refusal in an alert.
          const alert = await page.locator("form [role=alert]").first().textContent({ timeout: 1000 }).catch(() => null);
          throw new Error(alert ? `the save was refused: ${alert.trim().slice(0, 200)}` : error.message);
        });
      figures.saveMs.push(Math.round(await page.evaluate(() => (window as unknown as BenchWindow).benchSaved! - (window as unknown as BenchWindow).benchClick!)));
    }
    return figures;
  } finally {
    await browser.close();
  }
}

type BenchWindow = { benchClick?: number; benchSaved?: number };

/** Notes the click on Save and the moment a node saying "Saved as version N." enters the page. */
async function watchForSaved(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    document.addEventListener("click", (event) => (w.benchClick ??= event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (/Saved as version \d+\./.test(node.textContent ?? "")) {
            w.benchSaved = performance.now();
            observer.disconnect();
            return;
          }
        }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Time from each keydown to the frame after React has handled it (rAF, then a task: past the paint). */
async function keystrokes(page: Page, field: ReturnType<Page["getByLabel"]>, text: string): Promise<number[]> {
  await field.click();
  await page.evaluate(() => {
    const w = window as unknown as { benchKeys: number[] };
    w.benchKeys = [];
    document.addEventListener(
      "keydown",
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.benchKeys.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  });
  await field.pressSequentially(text, { delay: 120 });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { benchKeys: number[] }).benchKeys);
}
