import type { Browser, Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO, expect, signIn, test } from "./fixtures";
import { meetingInReview, withDatabase } from "./review-data";

async function home(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  return page;
}

test("a reviewer's home shows the records waiting longest first, how many wait, and the way to the whole queue", async ({ browser }) => {
  const id = randomUUID().slice(0, 8);
  // Submitted long before anything else the tests write, so these two lead the queue.
  await withDatabase(async (prisma) => {
    await meetingInReview(prisma, { title: `Home second ${id}`, series: `E2E home ${id}`, submittedAt: new Date("1990-01-02T09:00:00Z") });
    await meetingInReview(prisma, { title: `Home first ${id}`, series: `E2E home ${id}`, submittedAt: new Date("1990-01-01T09:00:00Z") });
  });
  const reviewer = await home(browser, DEMO.reviewer);
  const queue = reviewer.getByRole("region", { name: /Awaiting review/ });
  const rows = queue.getByRole("table", { name: "Waiting longest for review" }).getByRole("row");
  await expect(rows.filter({ hasText: `Home second ${id}` })).toBeVisible();
  // A record with no submission time (from before it was kept) counts as waiting longest of all.
  const order = (await rows.allTextContents()).map((row) => row.match(new RegExp(`Home (first|second) ${id}`))?.[1]).filter(Boolean);
  expect(order).toEqual(["first", "second"]);
  expect(await rows.count()).toBeLessThanOrEqual(1 + 5);
  const waiting = Number((await queue.getByText(/records are waiting for review/).textContent())?.match(/(\d+) records/)?.[1]);
  expect(waiting).toBeGreaterThanOrEqual(2);

  await queue.getByRole("link", { name: /The whole review queue \(\d+\)/ }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(reviewer.getByRole("table", { name: "Records waiting for review" })).toContainText(`Home first ${id}`);
});

test("an editor's home shows a record sent back as “Changes requested”, with the reviewer's comment", async ({ browser }) => {
  const id = randomUUID().slice(0, 8);
  const title = `Sent back ${id}`;
  await withDatabase(async (prisma) => {
    const meeting = await meetingInReview(prisma, { title, series: `E2E home ${id}` });
    const reviewer = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.reviewer }, select: { id: true } });
    await prisma.review.create({
      data: { meetingId: meeting.id, revisionId: meeting.revisionId, reviewerId: reviewer.id, decision: "changes_requested", comment: `Name the source for ${id}.` },
    });
    await prisma.meeting.update({ where: { id: meeting.id }, data: { workingCopy: "changes_requested" } });
  });
  const editor = await home(browser, DEMO.editor);
  const sentBack = editor.getByRole("region", { name: /^Changes requested/ }).getByRole("row").filter({ hasText: title });
  await expect(sentBack).toContainText(`Rosa Lindqvist: Name the source for ${id}.`);
  await expect(sentBack).toContainText("Changes requested");
  await expect(editor.getByRole("region", { name: /^My drafts/ }).getByRole("row").filter({ hasText: title })).toContainText("Changes requested");
});
