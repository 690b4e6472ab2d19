import { randomUUID } from "node:crypto";
import { DEMO, expect, expectNoSeriousA11yViolations, expectNoSidewaysScrolling, test, signedInPage } from "./fixtures";
import { meetingInReview, withDatabase } from "./review-data";

const WIDE = { viewport: { width: 1366, height: 900 } };

test("an item comment blocks approval until the editor resolves it", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = randomUUID().slice(0, 8);
  const participant = `Atlantis ${id}`;
  const meeting = await withDatabase((prisma) => meetingInReview(prisma, { title: `Item comment ${id}`, series: "E2E review loop", participant }));
  const reviewer = await signedInPage(browser, DEMO.reviewer, WIDE);
  const editor = await signedInPage(browser, DEMO.editor, WIDE);

  await reviewer.goto(`/meetings/${meeting.id}`);
  await reviewer.getByLabel("Item", { exact: true }).selectOption({ label: participant });
  await reviewer.getByLabel("Comment on this item").fill("Was Atlantis there in person?");
  await reviewer.getByRole("button", { name: "Comment on the item" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Comment added to the item." })).toBeVisible();

  await reviewer.getByRole("button", { name: "Approve version 1 and publish" }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "1 item comment is not resolved yet" })).toBeVisible();
  await reviewer.getByLabel(/Comment for the editors/).fill("See the comment on Atlantis.");
  await reviewer.getByRole("button", { name: "Request changes" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Sent back/ })).toBeVisible();

  // The editor finds it beside the participant in the form, and resolves it there.
  await editor.goto(`/meetings/${meeting.id}/edit`);
  const participants = editor.getByRole("group", { name: /Participants/ });
  const comment = participants.getByRole("list", { name: "Reviewer comments on this item" }).getByRole("listitem");
  await expect(comment).toContainText("Was Atlantis there in person?");
  await comment.getByRole("button", { name: "Mark resolved" }).click();
  await expect(comment).toContainText("resolved by");
  await editor.goto(`/meetings/${meeting.id}`);
  await expect(editor.getByRole("region", { name: /Comments on items/ })).toContainText("(0 open)");
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(editor.getByRole("status").filter({ hasText: /Submitted for review/ })).toBeVisible();

  await reviewer.goto(`/meetings/${meeting.id}`);
  await reviewer.getByRole("button", { name: "Approve version 1 and publish" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Approved and published/ })).toBeVisible();
});

test("a reviewer overrides an open item comment with a reason, which the audit log tells in words", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = randomUUID().slice(0, 8);
  const title = `Override ${id}`;
  const meeting = await withDatabase(async (prisma) => {
    const m = await meetingInReview(prisma, { title, series: "E2E review loop" });
    const author = await prisma.user.findUniqueOrThrow({ where: { email: "reviewer2@readout.example" }, select: { id: true } });
    await prisma.itemComment.create({
      data: { meetingId: m.id, revisionId: m.revisionId, itemKind: "participant", itemKey: m.participantKey, itemLabel: "Poland", body: "Check the name.", authorId: author.id },
    });
    return m;
  });
  const reviewer = await signedInPage(browser, DEMO.reviewer, WIDE);
  await reviewer.goto(`/meetings/${meeting.id}`);
  const reason = reviewer.getByLabel(/Reason for approving with 1 open comment/);
  await reviewer.getByRole("button", { name: "Approve version 1 anyway" }).click();
  // The reason is required: the browser keeps the form from being sent without one (the server refuses it too).
  expect(await reason.evaluate((el: HTMLTextAreaElement) => el.validity.valueMissing)).toBe(true);
  await reason.fill("The name is right; checked the source.");
  await reviewer.getByRole("button", { name: "Approve version 1 anyway" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Approved and published/ })).toBeVisible();

  const admin = await signedInPage(browser, DEMO.admin, WIDE);
  await admin.goto(`/admin/audit?entity=${meeting.id}`);
  await expect(admin.getByRole("cell", { name: /approved version 1 of “Override .*” despite 1 open item comment, because “The name is right/ })).toBeVisible();
  await admin.getByText("Details").first().click();
  await expect(admin.getByText(/"override": "The name is right/)).toBeVisible();
});

test("the review queue reaches its 21st record, and it and the audit log pass axe and fit 1366 px", async ({ browser }) => {
  test.setTimeout(120_000);
  const id = randomUUID().slice(0, 8);
  const series = `E2E queue ${id}`;
  await withDatabase(async (prisma) => {
    for (let n = 1; n <= 21; n++) {
      await meetingInReview(prisma, { title: `Queued ${id} #${String(n).padStart(2, "0")}`, series, submittedAt: new Date(Date.UTC(2026, 0, n)) });
    }
  });
  const reviewer = await signedInPage(browser, DEMO.reviewer, WIDE);
  await reviewer.goto("/review");
  await expect(reviewer.getByText(/\d+ records waiting for review/)).toBeVisible();
  await reviewer.getByLabel("Series").selectOption(series);
  await reviewer.getByRole("button", { name: "Show" }).click();
  await expect(reviewer.getByText(`21 in ${series}`)).toBeVisible();
  const rows = reviewer.getByRole("table", { name: "Records waiting for review" }).getByRole("row");
  await expect(rows).toHaveCount(21);
  await expect(rows.nth(1)).toContainText(`Queued ${id} #01`);
  await expectNoSeriousA11yViolations(reviewer);
  await expectNoSidewaysScrolling(reviewer);

  await reviewer.getByRole("link", { name: "Next →" }).click();
  await expect(reviewer.getByRole("link", { name: `Queued ${id} #21` })).toBeVisible();
  await expect(rows).toHaveCount(2);

  const admin = await signedInPage(browser, DEMO.admin, WIDE);
  await admin.goto("/admin/audit");
  await expect(admin.getByRole("table", { name: "Audit entries" })).toBeVisible();
  await admin.getByText("Details").first().click();
  await expectNoSeriousA11yViolations(admin);
  await expectNoSidewaysScrolling(admin);
});
