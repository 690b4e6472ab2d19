import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO, expect, test, signedInPage } from "./fixtures";
import { meetingInReview, withDatabase } from "./review-data";

/** Every list a user can reach, as [address, what must be on screen once it has loaded]. */
const LISTS = (series: string, title: string): [string, RegExp | string][] => [
  ["/", /Welcome/],
  ["/meetings", "Meetings"],
  ["/meetings?scope=my-drafts", "Meetings"],
  [`/review?series=${encodeURIComponent(series)}`, "Review queue"],
  [`/readouts?q=${encodeURIComponent(title)}`, "Published readouts"],
  ["/readouts", "Published readouts"],
  ["/notifications", "Notifications"],
];

async function expectInNoList(page: Page, series: string, title: string, reachable: (path: string) => boolean) {
  for (const [path, heading] of LISTS(series, title)) {
    if (!reachable(path)) continue;
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole("main"), path).not.toContainText(title);
  }
}

test("a discarded draft that was never published is gone from every list a user can reach, and the audit log keeps it", async ({ browser }) => {
  test.setTimeout(120_000);
  const id = randomUUID().slice(0, 8);
  const title = `Throwaway ${id}`;
  const series = `E2E discard ${id}`;
  const meeting = await withDatabase(async (prisma) => {
    const m = await meetingInReview(prisma, { title, series });
    await prisma.meeting.update({ where: { id: m.id }, data: { workingCopy: "draft", submittedAt: null } });
    return m;
  });
  const editor = await signedInPage(browser, DEMO.editor);
  const reviewer = await signedInPage(browser, DEMO.reviewer);

  // It goes through review and back, so that it is in the queue, on both homes and in both people's notifications.
  await editor.goto(`/meetings/${meeting.id}`);
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("status").filter({ hasText: /Submitted for review/ })).toBeVisible();
  // Waiting longest, so it is on the reviewer's home as well as in the queue.
  await withDatabase((prisma) => prisma.meeting.update({ where: { id: meeting.id }, data: { submittedAt: new Date("1999-01-01T09:00:00Z") } }));
  await reviewer.goto("/");
  await expect(reviewer.getByRole("region", { name: /Awaiting review/ })).toContainText(title);
  await reviewer.goto(`/review?series=${encodeURIComponent(series)}`);
  await expect(reviewer.getByRole("table", { name: "Records waiting for review" })).toContainText(title);
  await reviewer.goto("/notifications");
  await expect(reviewer.getByRole("main")).toContainText(`“${title}” awaits your review.`);
  await reviewer.goto(`/meetings/${meeting.id}`);
  await reviewer.getByLabel(/Comment for the editors/).fill("Start again.");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Sent back/ })).toBeVisible();

  await editor.goto("/");
  await expect(editor.getByRole("region", { name: /^Changes requested/ })).toContainText(title);
  await expect(editor.getByRole("region", { name: /^My drafts/ })).toContainText(title);
  for (const path of ["/meetings", "/meetings?scope=my-drafts", "/notifications"]) {
    await editor.goto(path);
    await expect(editor.getByRole("main"), path).toContainText(title);
  }

  await editor.goto(`/meetings/${meeting.id}`);
  await editor.getByRole("button", { name: "Discard draft" }).click();
  await expect(editor).toHaveURL(/\/meetings\?discarded=1$/);
  await expect(editor.getByRole("status").filter({ hasText: "Draft discarded." })).toBeVisible();
  await expect(editor.getByRole("main")).not.toContainText(title);

  await expectInNoList(editor, series, title, (path) => !path.startsWith("/review"));
  await expectInNoList(reviewer, series, title, () => true);
  const gone = await editor.goto(`/meetings/${meeting.id}`);
  expect(gone?.status()).toBe(404);

  const admin = await signedInPage(browser, DEMO.admin);
  await admin.goto(`/admin/audit?entity=${meeting.id}`);
  await expect(admin.getByRole("cell", { name: /Eitan Novak discarded the draft of/ })).toBeVisible();
});
