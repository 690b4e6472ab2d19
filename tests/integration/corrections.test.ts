import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { getPublishedPair } from "@/lib/dal/readout-versions";
import { getPublishedVersion, getReadout, listPublishedVersions } from "@/lib/dal/readouts";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

/** A readout published once, then edited into version 2 and submitted with `note`. */
async function corrected(note?: string) {
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const { id, input } = await draftMeeting(editor, { title: "First title" });
  await transitionMeeting(editor, id, "submit", { version: 1 });
  await transitionMeeting(reviewer, id, "approve", { version: 1 });
  await updateMeeting(editor, id, 1, { ...input, title: "Second title" });
  if (note !== undefined) await transitionMeeting(editor, id, "submit", { version: 2, correctionNote: note });
  return { id, input, editor, reviewer };
}

describe("correcting a published readout", () => {
  it("refuses to submit a new version of a published record without a correction note", async () => {
    const { id, editor } = await corrected();
    await expect(transitionMeeting(editor, id, "submit", { version: 2, correctionNote: "  " })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/correction note/),
    });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id } })).workingCopy).toBe("draft");
  });

  it("refuses an approval the reviewer did not confirm the note of", async () => {
    const { id, reviewer } = await corrected("The title was wrong.");
    await expect(transitionMeeting(reviewer, id, "approve", { version: 2 })).rejects.toMatchObject({ code: "invalid_input" });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id }, include: { publishedRevision: true } })).publishedRevision?.number).toBe(1);
  });

  it("refuses an approval when the version carries no note (it was submitted before one was needed)", async () => {
    const { id, reviewer } = await corrected();
    await prisma.meeting.update({ where: { id }, data: { workingCopy: "in_review" } });
    await expect(transitionMeeting(reviewer, id, "approve", { version: 2, noteConfirmed: true })).rejects.toMatchObject({
      message: expect.stringMatching(/correction note/),
    });
  });

  it("publishes the note with the version, keeps the first publication date and shows both dates to readers", async () => {
    const { id, reviewer } = await corrected("The title was wrong.");
    const first = (await prisma.meeting.findUniqueOrThrow({ where: { id } })).firstPublishedAt;
    expect(first).not.toBeNull();
    await transitionMeeting(reviewer, id, "approve", { version: 2, noteConfirmed: true });

    await actAs(prisma, await createUser(prisma, "viewer"));
    const readout = await getReadout(id);
    expect(readout).toMatchObject({ firstPublishedAt: first, updatedAt: expect.any(Date), revision: { title: "Second title" } });
    expect(readout!.updatedAt!.getTime()).toBeGreaterThan(first!.getTime());
    expect(await listPublishedVersions(id)).toEqual([
      { number: 2, approvedAt: expect.any(Date), note: "The title was wrong." },
      { number: 1, approvedAt: first, note: "" },
    ]);
    expect(await getPublishedVersion(id, 1)).toMatchObject({ firstPublishedAt: first, isLatest: false, publishedAt: first });
  });

  it("shows no update date for a readout published once", async () => {
    const { id } = await corrected();
    await actAs(prisma, await createUser(prisma, "viewer"));
    expect(await getReadout(id)).toMatchObject({ firstPublishedAt: expect.any(Date), updatedAt: null });
  });

  it("lets readers compare two published versions, never a version that was not published", async () => {
    const { id, reviewer, editor, input } = await corrected("The title was wrong.");
    await transitionMeeting(reviewer, id, "approve", { version: 2, noteConfirmed: true });
    await updateMeeting(editor, id, 2, { ...input, title: "Unpublished third title" });

    await actAs(prisma, await createUser(prisma, "viewer"));
    const pair = await getPublishedPair(id, 1, 2);
    expect([pair?.before.title, pair?.after.title]).toEqual(["First title", "Second title"]);
    expect(await getPublishedPair(id, 2, 3)).toBeNull();
    expect(await listPublishedVersions(id)).toHaveLength(2);
  });
});
