import type { Page } from "@playwright/test";
import { DEMO, expect, test, signedInPage, act } from "./fixtures";

// Other specs share this database: figures are compared with what they were
// before this journey, within the journey's own announcement day and party.

const DAY = "2026-11-18";
const SERIES = "Ukraine Defense Contact Group";
const RANGE = `/ledger?from=${DAY}&to=${DAY}`;

/** A figure of the ledger's Totals, as a number of euros; a ledger with no pledge in range shows none. */
async function total(page: Page, label: "Pledged" | "Delivered"): Promise<number> {
  await expect(page.getByRole("heading", { level: 1, name: "Commitments ledger" })).toBeVisible();
  if ((await page.getByRole("region", { name: "Totals" }).count()) === 0) return 0;
  const text = await page.getByRole("region", { name: "Totals" }).locator("div", { has: page.locator("dt", { hasText: label }) }).locator("dd").first().innerText();
  return Number(text.replace(/[^\d.]/g, ""));
}

test("a later meeting re-announces a pledge and adds one, progress is approved by a second reviewer, and readers see it only then", async ({ browser }) => {
  test.setTimeout(180_000);
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const title = `UDCG follow-up ${id}`;
  const description = `Winter field hospitals ${id}`;
  const amount = 3_000_000 + Math.floor(Math.random() * 900) * 1_000;

  const viewer = await signedInPage(browser, DEMO.viewer);
  await viewer.goto(RANGE);
  const pledgedBefore = await total(viewer, "Pledged");
  const deliveredBefore = await total(viewer, "Delivered");

  // The editor records the next meeting: an update of an open pledge of the series, and a new pledge.
  const editor = await signedInPage(browser, DEMO.editor);
  await editor.goto("/meetings/new");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Series").fill(SERIES);
  await editor.getByLabel("Starts on").fill(`${DAY}`);
  await editor.getByLabel("Start time").fill("09:00");
  for (const [i, name] of ["Ukraine", "Germany", "Iceland"].entries()) {
    await editor.getByRole("button", { name: "+ Add participant" }).click();
    await editor.getByRole("combobox", { name: `Participant ${i + 1}`, exact: true }).fill(name);
  }
  const offers = editor.getByRole("region", { name: new RegExp(`Open pledges of ${SERIES}`) });
  const grant = offers.getByRole("listitem").filter({ hasText: "Germany: Grant to Ukraine's defence budget" });
  const update = grant.getByRole("button", { name: /Add an update of P-\d+/ });
  const reannounced = Number((await update.getAttribute("aria-label"))!.match(/P-(\d+)/)![1]);
  await update.click();
  await expect(grant).toContainText("Update added");
  await expect(editor.locator("#commitments-0-announcement")).toHaveValue("reannounced");

  await editor.getByRole("button", { name: "+ Add commitment" }).click();
  await editor.getByLabel("Commitment 2 pledged by").fill("Iceland");
  await editor.locator("#commitments-1-kind").selectOption("humanitarian");
  await editor.locator("#commitments-1-description").fill(description);
  await editor.locator("#commitments-1-amount").fill(String(amount));
  await editor.locator("#commitments-1-currency").fill("EUR");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByText("Saved as version 1.")).toBeVisible();
  const meetingUrl = editor.url().replace(/\?.*$/, "");
  await act(editor, "Submit for review", /Submitted for review/);

  // Before approval a viewer sees neither the meeting's announcement nor its new pledge.
  await viewer.goto(`/ledger/pledges/${reannounced}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(viewer.getByText(title)).toHaveCount(0);
  await viewer.goto(RANGE);
  await expect(viewer.getByText(description)).toHaveCount(0);
  expect(await total(viewer, "Pledged")).toBe(pledgedBefore);

  const reviewer = await signedInPage(browser, DEMO.reviewer);
  await reviewer.goto(meetingUrl);
  await act(reviewer, "Approve version 1 and publish", /Approved and published/);

  // The re-announcement adds an announcement, not an amount; the new pledge counts once.
  await viewer.goto(`/ledger/pledges/${reannounced}`);
  await expect(viewer.getByRole("row").filter({ hasText: title })).toContainText("Re-announced");
  await viewer.goto(RANGE);
  expect(await total(viewer, "Pledged")).toBe(pledgedBefore + amount);

  // The editor proposes a partial delivery of the new pledge.
  await editor.goto(RANGE);
  await editor.getByRole("table", { name: "By party" }).getByRole("link", { name: "Iceland" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: /Iceland/ })).toBeVisible();
  const row = editor.getByRole("row").filter({ hasText: description });
  const number = Number((await row.getByRole("link", { name: /^P-\d+$/ }).innerText()).slice(2));
  await editor.goto(`/ledger/pledges/${number}/events/new`);
  await editor.getByRole("radio", { name: /Partly delivered/ }).check();
  await editor.getByLabel("Amount (EUR)").fill("1,000,000");
  await editor.getByLabel("As of (UTC)").fill("2026-11-20");
  await editor.getByRole("textbox", { name: "Source", exact: true }).fill(`Field report ${id}`);
  await editor.getByRole("button", { name: "Propose for review" }).click();
  await expect(editor.getByRole("status").filter({ hasText: /Proposed\./ })).toBeVisible();

  // Not approved yet: the viewer sees no delivery.
  await viewer.goto(`/ledger/pledges/${number}`);
  await expect(viewer.getByRole("heading", { level: 1, name: description })).toBeVisible();
  await expect(viewer.getByText(`Field report ${id}`)).toHaveCount(0);
  await viewer.goto(RANGE);
  expect(await total(viewer, "Delivered")).toBe(deliveredBefore);

  const second = await signedInPage(browser, "reviewer2@readout.example");
  await second.goto("/review/events");
  const item = second.getByRole("listitem").filter({ hasText: `Field report ${id}` });
  await expect(item).toContainText("Partly delivered: €1,000,000, as of 20 Nov 2026");
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(second.getByRole("status").filter({ hasText: /Approved\. The event now counts/ })).toBeVisible();

  // Now the ledger, the party page, the timeline and the charts show it.
  await viewer.goto(RANGE);
  expect(await total(viewer, "Pledged")).toBe(pledgedBefore + amount);
  expect(await total(viewer, "Delivered")).toBe(deliveredBefore + 1_000_000);
  await expect(viewer.getByRole("img", { name: /By party/ })).toBeVisible();
  await viewer.getByRole("link", { name: /^By party.*figures as a table$/ }).click();
  await expect(viewer.getByRole("table", { name: /^By party/ }).getByRole("row", { name: /Iceland/ })).toContainText("€1,000,000");

  await viewer.goto(`/ledger/pledges/${number}`);
  await expect(viewer.getByRole("region", { name: "Status timeline" })).toContainText(`Field report ${id}`);
  await expect(viewer.getByRole("region", { name: "Progress" })).toContainText("€1,000,000");

  await viewer.getByRole("link", { name: "Iceland" }).first().click();
  await expect(viewer.getByRole("heading", { level: 1, name: /Iceland/ })).toBeVisible();
  await expect(viewer.getByRole("link", { name: `P-${number}` })).toBeVisible();
});
