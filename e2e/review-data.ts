import { randomUUID } from "node:crypto";
import { createPrismaClient, type Db } from "../lib/db";
import { DEMO } from "./fixtures";

/** Rows written straight to the database the app serves, for tests that need many records or a given state. */
export async function withDatabase<T>(work: (prisma: Db) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(process.env.DATABASE_URL!);
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** A meeting the demo editor recorded and submitted at `submittedAt`, with one participant and one discussion. */
export async function meetingInReview(prisma: Db, args: { title: string; series: string; submittedAt?: Date; participant?: string }) {
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: DEMO.editor }, select: { id: true } });
  const meeting = await prisma.meeting.create({
    data: { workingCopy: "in_review", createdById: editor.id, submittedAt: args.submittedAt ?? new Date() },
  });
  const participantKey = randomUUID();
  const revision = await prisma.revision.create({
    data: {
      meetingId: meeting.id,
      number: 1,
      editorId: editor.id,
      title: args.title,
      series: args.series,
      startsAt: new Date("2026-11-20T10:00:00Z"),
      location: "Brussels",
      chair: "",
      summary: "A summary.",
      implications: "",
      participants: { create: [{ key: participantKey, position: 0, name: args.participant ?? "Poland", kind: "country" }] },
      discussions: { create: [{ key: randomUUID(), position: 0, title: "Winter support", topic: "military_aid", notes: "", outcome: "" }] },
    },
  });
  return { id: meeting.id, revisionId: revision.id, participantKey };
}
