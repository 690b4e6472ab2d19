import { randomUUID } from "node:crypto";
import { DEMO, expect, test, signedInPage } from "./fixtures";
import { meetingInReview, withDatabase } from "./review-data";

const WIDE = { viewport: { width: 1366, height: 900 } };

test("a correction with an open item comment is approved with an override and a confirmed note; staff read the reason", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = randomUUID().slice(0, 8);
  const meeting = await withDatabase(async (prisma) => {
    const m = await meetingInReview(prisma, { title: `Correction ${id}`, series: "E2E review corrections" });
    const first = await prisma.revision.update({ where: { id: m.revisionId }, data: { publishedAt: new Date() }, include: { participants: true, discussions: true } });
    const second = await prisma.revision.create({
      data: {
        meetingId: m.id,
        number: 2,
        editorId: first.editorId,
        title: first.title,
        series: first.series,
        startsAt: first.startsAt,
        location: first.location,
        chair: "",
        summary: "A corrected summary.",
        implications: "",
        correctionNote: `Corrected the summary ${id}.`,
        participants: { create: first.participants.map(({ key, position, name, kind }) => ({ key, position, name, kind })) },
        discussions: { create: first.discussions.map(({ key, position, title, topic }) => ({ key, position, title, topic, notes: "", outcome: "" })) },
      },
    });
    await prisma.meeting.update({
      where: { id: m.id },
      data: { version: 2, publication: "published", publishedRevisionId: first.id, publishedAt: new Date(), firstPublishedAt: new Date() },
    });
    const author = await prisma.user.findUniqueOrThrow({ where: { email: "reviewer2@readout.example" }, select: { id: true } });
    await prisma.itemComment.create({
      data: { meetingId: m.id, revisionId: second.id, itemKind: "participant", itemKey: m.participantKey, itemLabel: "Poland", body: "Check the name.", authorId: author.id },
    });
    return m;
  });

  const reviewer = await signedInPage(browser, DEMO.reviewer, WIDE);
  await reviewer.goto(`/meetings/${meeting.id}`);
  const workflow = reviewer.getByRole("region", { name: "Review and publishing" });
  await workflow.getByRole("button", { name: "Approve version 2 and publish" }).click();
  await expect(workflow.getByRole("alert")).toBeVisible();
  const override = reviewer.getByRole("region", { name: /Comments on items/ });
  await override.getByLabel(/Reason for approving with 1 open comment/).fill("The name is right; checked the source.");
  await override.getByRole("button", { name: "Approve version 2 anyway" }).click();
  await expect(override.getByRole("alert").filter({ hasText: /confirm the correction note/i })).toBeVisible();
  await override.getByLabel("I confirm this correction note").check();
  await override.getByRole("button", { name: "Approve version 2 anyway" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: /Approved and published/ })).toBeVisible();
  // The main form's earlier refusal was about version 2 in review; it is gone once the override moved it on.
  await expect(workflow.getByRole("button", { name: /Retract/ })).toBeVisible();
  await expect(workflow.getByRole("alert")).toHaveCount(0);
  await expect(reviewer.getByRole("heading", { name: "Comments on items (0 open)" })).toBeVisible();
  await expect(override).toContainText("not resolved: approved anyway by");

  const editor = await signedInPage(browser, DEMO.editor, WIDE);
  await editor.goto(`/meetings/${meeting.id}`);
  await expect(editor.getByRole("region", { name: "Reviews and comments" })).toContainText(
    "Approved with open item comments, because: The name is right; checked the source.",
  );
});

test("a comment on an item the editor removed stays in sight in the form, where it is resolved", async ({ browser }) => {
  test.setTimeout(90_000);
  const id = randomUUID().slice(0, 8);
  const meeting = await withDatabase(async (prisma) => {
    const m = await meetingInReview(prisma, { title: `Removed item ${id}`, series: "E2E review corrections" });
    await prisma.meeting.update({ where: { id: m.id }, data: { workingCopy: "changes_requested" } });
    const author = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.reviewer }, select: { id: true } });
    await prisma.itemComment.create({
      data: { meetingId: m.id, revisionId: m.revisionId, itemKind: "commitment", itemKey: randomUUID(), itemLabel: `Atlantis ${id}: 12 boats`, body: "Is this pledge sourced?", authorId: author.id },
    });
    return m;
  });
  const editor = await signedInPage(browser, DEMO.editor, WIDE);
  await editor.goto(`/meetings/${meeting.id}/edit`);
  const removed = editor.getByRole("region", { name: "Comments on items no longer in this record" });
  await expect(removed).toContainText(`Commitment: Atlantis ${id}: 12 boats`);
  await expect(removed).toContainText("Is this pledge sourced?");
  await removed.getByRole("button", { name: "Mark resolved" }).click();
  await expect(removed).toContainText("resolved by");
});

test("a page that is not there inside the app has one main landmark", async ({ browser }) => {
  const viewer = await signedInPage(browser, DEMO.viewer, WIDE);
  const response = await viewer.goto("/readouts/no-such-readout");
  expect(response?.status()).toBe(404);
  await expect(viewer.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(viewer.locator("main")).toHaveCount(1);
});
