import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as apiList } from "@/app/api/v1/readouts/route";
import { GET as apiOne } from "@/app/api/v1/readouts/[id]/route";
import { GET as feed } from "@/app/(app)/readouts/feed.atom/route";
import { GET as listCsv } from "@/app/(app)/readouts/commitments.csv/route";
import { GET as versionMarkdown } from "@/app/(app)/readouts/[id]/versions/[number]/readout.md/route";
import { GET as versionPdf } from "@/app/(app)/readouts/[id]/versions/[number]/readout.pdf/route";
import { GET as versionCsv } from "@/app/(app)/readouts/[id]/versions/[number]/commitments.csv/route";
import type { Db } from "@/lib/db";
import { getRetraction } from "@/lib/dal/readout-versions";
import { getPublishedVersion, getReadout, listReadouts } from "@/lib/dal/readouts";
import { updateMeeting } from "@/lib/meetings/save-meeting";
import { transitionMeeting } from "@/lib/meetings/transition-meeting";
import { parseReadoutQuery } from "@/lib/readouts/query";
import { freshDatabase } from "../support/database";
import { actAs, createUser } from "../support/factories";
import { draftMeeting, staff } from "../support/meetings";

let prisma: Db;
beforeAll(async () => {
  ({ prisma } = await freshDatabase());
});

const request = (path: string) => new Request(`http://readout.test${path}`);
const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const word = () => `w${randomUUID().replaceAll("-", "").slice(0, 12)}`;

/** A published readout whose text carries a word of its own, and who made it. */
async function published(series = `Series ${word()}`) {
  const editor = await staff(prisma, "editor");
  const reviewer = await staff(prisma, "reviewer");
  const secret = word();
  const { id, input } = await draftMeeting(editor, {
    title: `Readout ${secret}`,
    series,
    summary: `The ${secret} summary.`,
  });
  input.commitments[0]!.description = `Shells ${secret}`;
  await updateMeeting(editor, id, 1, input);
  await transitionMeeting(editor, id, "submit", { version: 2 });
  await transitionMeeting(reviewer, id, "approve", { version: 2 });
  return { id, input, secret, series, editor, reviewer };
}

describe("retracting a published version", () => {
  it("takes its text out of every reader path and leaves a notice with the reason at its links", async () => {
    const r = await published();
    await actAs(prisma, await createUser(prisma, "viewer"));
    // Found everywhere first, so the checks below can fail.
    expect((await listReadouts(parseReadoutQuery({ q: r.secret }).query)).items.map((i) => i.meetingId)).toEqual([r.id]);
    expect(await (await feed(request("/readouts/feed.atom"))).text()).toContain(r.secret);

    await transitionMeeting(r.reviewer, r.id, "retract", { version: 2, reason: "The figures were wrong." });

    expect(await getReadout(r.id)).toBeNull();
    expect(await getPublishedVersion(r.id, 2)).toBeNull();
    expect(await getRetraction(r.id)).toMatchObject({ number: 2, reason: "The figures were wrong.", retractedAt: expect.any(Date) });
    expect(await getRetraction(r.id, 2)).toMatchObject({ number: 2, reason: "The figures were wrong." });
    expect(JSON.stringify(await getRetraction(r.id))).not.toContain(r.secret);
    // Search and lists.
    expect((await listReadouts(parseReadoutQuery({ q: r.secret }).query)).items).toEqual([]);
    expect((await listReadouts(parseReadoutQuery({ series: r.series }).query)).total).toBe(0);
    // Exports.
    for (const handler of [versionMarkdown, versionPdf, versionCsv]) {
      expect((await handler(request("/"), params({ id: r.id, number: "2" }))).status).toBe(404);
    }
    expect(await (await listCsv(request("/readouts/commitments.csv"))).text()).not.toContain(r.secret);
    // The API.
    expect((await apiOne(request(`/api/v1/readouts/${r.id}`), params({ id: r.id }))).status).toBe(404);
    expect(await (await apiList(request(`/api/v1/readouts?q=${r.secret}`))).json()).toMatchObject({ data: [], total: 0 });
    // The feed.
    expect(await (await feed(request("/readouts/feed.atom"))).text()).not.toContain(r.secret);
    // The audit log keeps it all.
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: r.id, action: "meeting.retract" } });
    expect(audit).toMatchObject({ actorId: r.reviewer.id, after: expect.objectContaining({ publication: "retracted", reason: "The figures were wrong." }) });
  });

  it("takes the version's pledges out of the ledger's published figures", async () => {
    const r = await published();
    const pledge = await prisma.pledge.findFirstOrThrow({ where: { commitments: { some: { revision: { meetingId: r.id } } } } });
    expect(pledge.publishedAt).not.toBeNull();
    await transitionMeeting(r.reviewer, r.id, "retract", { version: 2, reason: "Wrong." });
    expect((await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).publishedAt).toBeNull();
  });

  it("keeps an earlier version's notice after a corrected version is published, and shows the new one", async () => {
    const r = await published();
    await transitionMeeting(r.reviewer, r.id, "retract", { version: 2, reason: "Wrong." });
    await updateMeeting(r.editor, r.id, 2, { ...r.input, title: "Corrected readout" });
    await transitionMeeting(r.editor, r.id, "submit", { version: 3, correctionNote: "Fixed the figures." });
    const second = await staff(prisma, "reviewer");
    await transitionMeeting(second, r.id, "approve", { version: 3, noteConfirmed: true });
    await actAs(prisma, await createUser(prisma, "viewer"));
    expect((await getReadout(r.id))?.revision.title).toBe("Corrected readout");
    expect(await getPublishedVersion(r.id, 2)).toBeNull();
    expect(await getRetraction(r.id, 2)).toMatchObject({ number: 2, reason: "Wrong." });
    expect(await getRetraction(r.id, 3)).toBeNull();
  });

  it("needs a reason, a reviewer and the version in view", async () => {
    const r = await published();
    await expect(transitionMeeting(r.reviewer, r.id, "retract", { version: 2, reason: " " })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(transitionMeeting(r.editor, r.id, "retract", { version: 2, reason: "Wrong." })).rejects.toMatchObject({ code: "forbidden" });
    await expect(transitionMeeting(r.reviewer, r.id, "retract", { version: 1, reason: "Wrong." })).rejects.toMatchObject({ code: "conflict" });
    await expect(transitionMeeting(r.reviewer, r.id, "retract", { version: 2, reason: "x".repeat(1001) })).rejects.toMatchObject({ code: "invalid_input" });
    expect((await prisma.meeting.findUniqueOrThrow({ where: { id: r.id } })).publication).toBe("published");
  });
});

describe("archiving", () => {
  it("works while a new version is in review, keeps the reason for staff, and takes the pledges out of the ledger", async () => {
    const r = await published();
    await updateMeeting(r.editor, r.id, 2, { ...r.input, title: "Pending edit" });
    await transitionMeeting(r.editor, r.id, "submit", { version: 3, correctionNote: "Retitled." });
    await expect(transitionMeeting(r.reviewer, r.id, "archive", { version: 3 })).rejects.toMatchObject({ code: "invalid_input" });
    await transitionMeeting(r.reviewer, r.id, "archive", { version: 3, reason: "A duplicate of another record." });
    const after = await prisma.meeting.findUniqueOrThrow({ where: { id: r.id } });
    expect(after).toMatchObject({ workingCopy: "in_review", publication: "archived", archiveReason: "A duplicate of another record." });
    const pledge = await prisma.pledge.findFirstOrThrow({ where: { commitments: { some: { revision: { meetingId: r.id } } } } });
    expect(pledge.publishedAt).toBeNull();
    // An archived record's copy in review cannot be published behind the archive.
    await expect(transitionMeeting(r.reviewer, r.id, "approve", { version: 3, noteConfirmed: true })).rejects.toMatchObject({ code: "invalid_state" });
  });
});
