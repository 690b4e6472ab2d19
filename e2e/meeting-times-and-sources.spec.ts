import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function startMeeting(page: Page, title: string, series: string, day: string, time = "") {
  await page.goto("/meetings/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Series").fill(series);
  await page.getByLabel("Time zone").selectOption("Europe/Brussels");
  await page.getByLabel("Starts on").fill(day);
  if (time) await page.getByLabel("Start time").fill(time);
}

async function save(page: Page, button: "Save draft" | "Save changes", version: number) {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByText(`Saved as version ${version}.`)).toBeVisible();
  // A new meeting's save goes to its page; an edit's stays in the form, which links to the record.
  if (button === "Save changes") await page.getByRole("link", { name: "View the record" }).click();
}

test("a meeting at 10:00 in Brussels shows its local time with the offset's name and UTC, in winter and in summer", async ({ page, loginAs }) => {
  await loginAs("editor");
  await startMeeting(page, unique("Winter meeting"), unique("Series"), "2026-01-15", "10:00");
  await expect(page.getByText("15 Jan 2026, 10:00 CET (09:00 UTC)")).toBeVisible(); // the form's own reading, before saving
  await save(page, "Save draft", 1);
  await expect(page.getByTestId("meeting-when")).toHaveText("15 Jan 2026, 10:00 CET (09:00 UTC)");

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Start time")).toHaveValue("10:00");
  await page.getByLabel("Starts on").fill("2026-07-15");
  await save(page, "Save changes", 2);
  await expect(page.getByTestId("meeting-when")).toHaveText("15 Jul 2026, 10:00 CEST (08:00 UTC)");
});

test("sources are listed with the meeting, a commitment picks one, and both survive a reload", async ({ page, loginAs }) => {
  await loginAs("editor");
  await startMeeting(page, unique("Sourced meeting"), unique("Series"), "2026-02-10", "14:00");
  for (const [i, name] of ["Ukraine", "Poland"].entries()) {
    await page.getByRole("button", { name: "+ Add participant" }).click();
    await page.getByRole("combobox", { name: `Participant ${i + 1}`, exact: true }).fill(name);
  }
  await page.getByRole("button", { name: "+ Add source" }).click();
  await page.getByLabel("Source 1 title").fill("Defence ministry statement");
  await page.locator("#sources-0-publisher").fill("Ministry of National Defence");
  await page.locator("#sources-0-url").fill("HTTPS://Example.ORG/statement?id=1");
  await page.getByRole("button", { name: "+ Add commitment" }).click();
  await page.getByLabel("Commitment 1 pledged by").fill("Poland");
  await page.locator("#commitments-0-kind").selectOption("military");
  await page.locator("#commitments-0-description").fill("155 mm shells");
  await page.locator("#commitments-0-sourceKey").selectOption({ label: "1. Defence ministry statement (Ministry of National Defence)" });
  await save(page, "Save draft", 1);
  await page.reload();

  const sources = page.getByRole("region", { name: "Sources (1)" });
  const link = sources.getByRole("link", { name: "Defence ministry statement" });
  await expect(link).toHaveAttribute("href", "https://example.org/statement?id=1");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(sources).toContainText("Ministry of National Defence");
  await expect(page.getByRole("region", { name: "Commitments (1)" })).toContainText("Source 1. Defence ministry statement");

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Source 1 title")).toHaveValue("Defence ministry statement");
  await expect(page.locator("#commitments-0-sourceKey option:checked")).toHaveText("1. Defence ministry statement (Ministry of National Defence)");
});

test("recording a meeting of a series on a day that already has a record warns, links to it, and saves once confirmed", async ({ page, loginAs }) => {
  await loginAs("editor");
  const series = unique("Series");
  const first = unique("First record");
  await startMeeting(page, first, series, "2026-03-03");
  await save(page, "Save draft", 1);
  const firstPath = new URL(page.url()).pathname;

  await startMeeting(page, unique("Second record"), series, "2026-03-03", "11:00");
  await page.getByRole("button", { name: "Save draft" }).click();
  const warning = page.getByRole("group", { name: "Meeting" }).getByRole("alert");
  await expect(warning).toContainText(`A record of ${series} on 2026-03-03 already exists.`);
  await expect(warning.getByRole("link", { name: first })).toHaveAttribute("href", firstPath);
  // Said once, in the warning; the summary names it and points there.
  await expect(page.getByText(`A record of ${series} on 2026-03-03 already exists.`, { exact: false })).toHaveCount(1);
  await expect(page.locator("#error-summary-title").locator("..")).toContainText("Possible duplicate:");
  await expect(page).toHaveURL(/\/meetings\/new$/);

  await page.getByLabel("This is a different meeting: save it anyway").check();
  await save(page, "Save draft", 1);
  expect(new URL(page.url()).pathname).not.toBe(firstPath);
});

test("the prompt for a repeated time and its message follow the values shown, not the last save", async ({ page, loginAs }) => {
  await loginAs("editor");
  await startMeeting(page, unique("Clock change meeting"), unique("Series"), "2026-10-25", "02:30");
  const prompt = page.getByLabel("02:30 happens twice in Europe/Brussels that day: which one?");
  await expect(prompt).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#error-summary-title")).toBeVisible();
  await expect(page.locator("#startsAtOffset-error")).toContainText("Europe/Brussels");

  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByLabel("Starts on").fill("2026-02-12");
  await page.getByLabel("Start time").fill("10:00");
  await expect(page.getByText("12 Feb 2026, 10:00 GMT-5 (15:00 UTC)")).toBeVisible();
  await expect(page.getByRole("group", { name: "Meeting" }).getByText(/happens twice/)).toHaveCount(0);
  await expect(page.locator("#startsAtOffset-error")).toHaveCount(0);
  await expect(page.locator("#startsAt-error")).toHaveCount(0);
});

test("a time zone edited into the page is refused by the save, and the form keeps working and what was typed", async ({ page, loginAs }) => {
  await loginAs("editor");
  const title = unique("Edited zone");
  await startMeeting(page, title, unique("Series"), "2026-03-10", "10:00");
  await page.getByLabel("Time zone").evaluate((select: HTMLSelectElement) => select.add(new Option("Mars/Olympus", "Mars/Olympus")));
  await page.getByLabel("Time zone").selectOption("Mars/Olympus");
  await expect(page.getByLabel("Start time")).toHaveValue("10:00");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Choose a time zone from the list, such as Europe/Brussels.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
});
