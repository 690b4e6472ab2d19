import { DEMO, expect, test, signedInPage, act } from "./fixtures";

test("a corrected readout shows both dates, its note and the comparison; a retracted version's link shows the notice", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Correction meeting ${Date.now().toString(36)}`;
  const editor = await signedInPage(browser, DEMO.editor);
  const reviewer = await signedInPage(browser, DEMO.reviewer);
  const secondReviewer = await signedInPage(browser, "reviewer2@readout.example");
  const viewer = await signedInPage(browser, DEMO.viewer);

  // Published once.
  await editor.goto("/meetings/new");
  await editor.getByLabel("Title").fill(title);
  // A series of its own: a record of the demo series on that day would first ask to confirm a same-day duplicate.
  await editor.getByLabel("Series").fill(`Corrections series ${title}`);
  await editor.getByLabel("Starts on").fill("2026-11-21");
  await editor.getByLabel("Start time").fill("10:00");
  await editor.locator("#summary").fill("The first summary.");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByText("Saved as version 1.")).toBeVisible();
  const meetingUrl = editor.url().replace(/\?.*$/, "");
  await act(editor, "Submit for review", /Submitted for review/);
  await reviewer.goto(meetingUrl);
  await act(reviewer, "Approve version 1 and publish", /Approved and published/);

  // A reader opens version 1 from the list (the client router), then goes back to the list.
  const token = title.split(" ").pop()!;
  await viewer.goto(`/readouts?q=${token}`);
  await viewer.getByRole("link", { name: title }).click();
  await expect(viewer.getByText("Version 1 ·")).toBeVisible();
  await viewer.getByRole("link", { name: "← All readouts" }).click();
  await expect(viewer.getByRole("heading", { name: "Published readouts" })).toBeVisible();

  // Corrected with a note, which the reviewer must confirm.
  await editor.goto(`${meetingUrl}/edit`);
  await editor.locator("#title").fill(`${title} (corrected)`);
  await editor.locator("#summary").fill("The corrected summary.");
  await editor.getByRole("button", { name: "Save changes" }).click();
  await expect(editor.getByText("Saved as version 2.")).toBeVisible();
  await editor.getByRole("link", { name: "View the record" }).click();
  await editor.getByLabel(/Correction note/).fill("The title named the wrong city.");
  await act(editor, "Submit for review", /Submitted for review/);

  await secondReviewer.goto(meetingUrl);
  const review = secondReviewer.getByRole("region", { name: "Review and publishing" });
  await expect(review).toContainText("The title named the wrong city.");
  await secondReviewer.getByRole("button", { name: "Approve version 2 and publish" }).click();
  await expect(review.getByRole("alert")).toContainText("Confirm the correction note");
  await secondReviewer.getByLabel("I confirm this correction note").check();
  await act(secondReviewer, "Approve version 2 and publish", /Approved and published/);

  // Back in the reader's tab the router shows version 1 again: all of it, never version 2's text under version 1's heading.
  await viewer.goBack();
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(viewer.getByText("Version 1 ·")).toBeVisible();
  await expect(viewer.getByText("The first summary.")).toBeVisible();
  await expect(viewer.getByText("The corrected summary.")).toHaveCount(0);

  // Readers see both dates, the note, and what changed.
  const id = meetingUrl.split("/").pop()!;
  await viewer.goto(`/readouts/${id}`);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(`${title} (corrected)`);
  await expect(viewer.getByText(/First published \d+ \w+ \d{4}/)).toBeVisible();
  await expect(viewer.getByText(/Updated \d+ \w+ \d{4}/)).toBeVisible();
  const corrections = viewer.getByRole("region", { name: "Corrections" });
  await expect(corrections).toContainText("Version 2");
  await expect(corrections).toContainText("The title named the wrong city.");
  await corrections.getByRole("link", { name: "What changed" }).click();
  await expect(viewer.getByText("Changes from version 1 to version 2:")).toBeVisible();
  await expect(viewer.locator("del", { hasText: title })).toBeVisible();
  await expect(viewer.locator("ins", { hasText: `${title} (corrected)` })).toBeVisible();

  // The feed: one entry for the readout, updated in place, carrying the note.
  const feed = await (await viewer.request.get("/readouts/feed.atom")).text();
  const entries = feed.split("<entry>").slice(1).filter((e) => e.includes(`<id>urn:readout:readout:${id}</id>`));
  expect(entries).toHaveLength(1);
  const published = /<published>([^<]+)<\/published>/.exec(entries[0]!)?.[1];
  const updated = /<updated>([^<]+)<\/updated>/.exec(entries[0]!)?.[1];
  expect(Date.parse(updated!)).toBeGreaterThan(Date.parse(published!));
  expect(entries[0]).toContain("The title named the wrong city.");

  // Retracted: the version's permanent link shows the notice and the reason, not the text.
  await reviewer.goto(meetingUrl);
  await reviewer.getByLabel(/Why is this version retracted/).fill("The meeting's figures were not confirmed.");
  await act(reviewer, "Retract this version", /Retracted/);
  await viewer.goto(`/readouts/${id}/versions/2`);
  await expect(viewer.getByRole("heading", { level: 1 })).toHaveText("This readout was retracted");
  await expect(viewer.getByText("The meeting's figures were not confirmed.")).toBeVisible();
  await expect(viewer.getByText(`${title} (corrected)`)).toHaveCount(0);
  await viewer.goto("/readouts");
  await expect(viewer.getByText(`${title} (corrected)`)).toHaveCount(0);
});
