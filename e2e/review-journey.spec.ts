import { DEMO, expect, test, signedInPage, act } from "./fixtures";

test("a record goes from draft through review to readers, and later edits stay hidden until approved", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Journey meeting ${Date.now().toString(36)}`;
  const editor = await signedInPage(browser, DEMO.editor);
  const reviewer = await signedInPage(browser, DEMO.reviewer);
  const secondReviewer = await signedInPage(browser, "reviewer2@readout.example");
  const viewer = await signedInPage(browser, DEMO.viewer);

  // The editor records and submits.
  await editor.goto("/meetings/new");
  await editor.getByLabel("Title").fill(title);
  await editor.getByLabel("Series").fill("Ukraine Defense Contact Group");
  await editor.getByLabel("Starts on").fill("2026-11-20");
  await editor.getByLabel("Start time").fill("10:00");
  await editor.getByRole("button", { name: "+ Add discussion" }).click();
  await editor.getByLabel("Discussion 1 title").fill("Winter support");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByText("Saved as version 1.")).toBeVisible();
  const meetingUrl = editor.url().replace(/\?.*$/, "");
  await act(editor, "Submit for review", /Submitted for review/);

  // A reviewer finds it in the queue and asks for changes.
  await reviewer.goto("/review");
  await reviewer.getByRole("link", { name: title }).click();
  await reviewer.getByLabel(/Comment for the editors/).fill("Please record the outcome of the discussion.");
  await act(reviewer, "Request changes", /Sent back/);

  // The editor is notified, fixes and resubmits.
  await editor.goto("/");
  await expect(editor.getByRole("link", { name: /Notifications\s*\d+\s*unread/ })).toBeVisible();
  await editor.goto("/notifications");
  await editor.getByRole("link", { name: new RegExp(`asked for changes to “${title}”`) }).click();
  // The record says, at the top, that changes were asked for and what.
  await expect(editor.getByRole("status").filter({ hasText: /Changes requested by/ })).toContainText("Please record the outcome of the discussion.");
  // Opening it marked it read (other tests may notify the same demo editor meanwhile, so look at this notice).
  const editorsMeeting = editor.url();
  await editor.goto("/notifications");
  await expect(editor.getByRole("listitem").filter({ hasText: `asked for changes to “${title}”` })).not.toContainText("Unread:");
  await editor.goto(editorsMeeting);
  await editor.getByRole("link", { name: "Edit" }).click();
  await expect(editor.getByRole("status").filter({ hasText: /Changes requested by/ })).toContainText("Please record the outcome of the discussion.");
  await editor.locator("#discussions-0-outcome").fill("Members agreed a winter package.");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByText("Saved as version 2.")).toBeVisible();
  await editor.getByRole("link", { name: "View the record" }).click();
  await act(editor, "Submit for review", /Submitted for review/);

  // Another reviewer approves version 2.
  await secondReviewer.goto(meetingUrl);
  await act(secondReviewer, "Approve version 2 and publish", /Approved and published/);

  // A viewer reads it.
  await viewer.goto("/readouts");
  await viewer.getByRole("link", { name: title }).click();
  await expect(viewer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(viewer.getByText("Members agreed a winter package.")).toBeVisible();
  const readoutUrl = viewer.url();

  // An edit to the published record stays invisible to viewers until approved.
  await editor.goto(`${meetingUrl}/edit`);
  await editor.locator("#title").fill(`${title} (revised)`);
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByText("Saved as version 3.")).toBeVisible();
  await editor.getByRole("link", { name: "View the record" }).click();
  await expect(editor.getByText(/viewers do not see yet/)).toBeVisible();

  await viewer.goto(readoutUrl);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(title);
  await viewer.goto("/readouts");
  await expect(viewer.getByText(`${title} (revised)`)).toHaveCount(0);
  expect((await viewer.goto(meetingUrl))?.status()).toBe(403);

  await editor.getByLabel(/Correction note/).fill("Retitled to match the communiqué.");
  await act(editor, "Submit for review", /Submitted for review/);
  await reviewer.goto(meetingUrl);
  await reviewer.getByLabel("I confirm this correction note").check();
  await act(reviewer, "Approve version 3 and publish", /Approved and published/);
  await viewer.goto(readoutUrl);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(`${title} (revised)`);

  // The history lists every version and compares them.
  await editor.goto(`${meetingUrl}/history?from=1&to=3`);
  const versions = editor.getByRole("table", { name: "Versions" });
  await expect(versions.getByRole("row")).toHaveCount(4);
  await expect(versions.getByRole("row").nth(1)).toContainText("Published");
  await expect(editor.getByText("Changes from version 1 to version 3:")).toBeVisible();
  await expect(editor.locator("ins", { hasText: `${title} (revised)` })).toBeVisible();
  await expect(editor.locator("ins", { hasText: "Members agreed a winter package." })).toBeVisible();
});
