import { fileURLToPath } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient, type Db } from "@/lib/db";
import { pledgeIdsOfMeeting, refreshPledges } from "@/lib/ledger/refresh-pledges";
import { writeRevision } from "@/lib/meetings/write-revision";
import { meetingInstants } from "@/lib/time/meeting-time";
import { ZMeetingInput, type MeetingInput } from "@/lib/validation/meeting";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo/accounts";
import { linkDemoCommitments, rememberDemoPledges, seedDemoEvents, type DemoPledges } from "./demo/ledger";
import { moreMeetings } from "./demo/more-meetings";
import { loadDemoRates } from "./demo/rates";
import { udcgMeeting } from "./demo/udcg-meeting";

/** Seeds demo accounts and meetings into an empty database; does nothing otherwise. */
export async function seedDemoData(prisma: Db): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = await Promise.all(DEMO_ACCOUNTS.map((a) => prisma.user.create({ data: { ...a, passwordHash } })));
  const editor = users.find((u) => u.role === "editor")!;
  const reviewer = users.find((u) => u.role === "reviewer")!;

  // In date order, so a later meeting can re-announce an earlier meeting's pledge.
  const meetings = [{ status: "published" as const, input: udcgMeeting() }, ...moreMeetings()].sort(
    (a, b) => a.input.startsAt.localeCompare(b.input.startsAt),
  );
  const pledges: DemoPledges = new Map();
  for (const { status, input } of meetings) {
    const linked = ZMeetingInput.parse(linkDemoCommitments(input, pledges));
    const revisionId = await createDemoMeeting(prisma, linked, status, editor.id, reviewer.id);
    await rememberDemoPledges(prisma, revisionId, linked.title, pledges);
  }
  await loadDemoRates(prisma);
  await seedDemoEvents(prisma, pledges, editor.id, reviewer.id);
  return true;
}

async function createDemoMeeting(
  prisma: Db,
  input: MeetingInput,
  status: "published" | "in_review" | "draft",
  editorId: string,
  reviewerId: string,
) {
  return prisma.$transaction(async (tx) => {
    const state =
      status === "published" ? { workingCopy: "none" as const, publication: "published" as const } : { workingCopy: status, publication: "unpublished" as const };
    const meeting = await tx.meeting.create({ data: { ...state, version: 1, createdById: editorId } });
    const revision = await writeRevision(tx, { meetingId: meeting.id, number: 1, editorId, input });
    if (status === "published") {
      const publishedAt = new Date(meetingInstants(input).startsAt.getTime() + 3 * 24 * 3600 * 1000);
      await tx.review.create({
        data: { meetingId: meeting.id, revisionId: revision.id, reviewerId, decision: "approved", createdAt: publishedAt },
      });
      await tx.revision.update({ where: { id: revision.id }, data: { publishedAt } });
      await tx.meeting.update({
        where: { id: meeting.id },
        data: { publishedRevisionId: revision.id, publishedAt, firstPublishedAt: publishedAt },
      });
      await refreshPledges(tx, await pledgeIdsOfMeeting(tx, meeting.id));
    }
    return revision.id;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(1);
  }
  const prisma = createPrismaClient(url);
  const seeded = await seedDemoData(prisma);
  console.log(seeded ? "Demo data seeded." : "The database already has users; nothing seeded.");
  await prisma.$disconnect();
}
