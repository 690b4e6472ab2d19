-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('participant', 'discussion', 'commitment');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "override" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ItemComment" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "itemKind" "ItemKind" NOT NULL,
    "itemKey" TEXT NOT NULL,
    "itemLabel" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "ItemComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ItemComment_meetingId_resolvedAt_idx" ON "ItemComment"("meetingId", "resolvedAt");

-- AddForeignKey
ALTER TABLE "ItemComment" ADD CONSTRAINT "ItemComment_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemComment" ADD CONSTRAINT "ItemComment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemComment" ADD CONSTRAINT "ItemComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemComment" ADD CONSTRAINT "ItemComment_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Backfill: a meeting went into review when its newest "meeting.submit" audit entry was written;
-- one in review without such an entry (none should exist) counts from its last change.
UPDATE "Meeting" m SET "submittedAt" = (
  SELECT max(a."at") FROM "AuditEvent" a WHERE a."action" = 'meeting.submit' AND a."entityId" = m."id"
);
UPDATE "Meeting" SET "submittedAt" = "updatedAt" WHERE "submittedAt" IS NULL AND "workingCopy" = 'in_review';
