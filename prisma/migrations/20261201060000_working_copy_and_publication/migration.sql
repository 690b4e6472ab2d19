-- A meeting's one status becomes two states: where its working copy stands and
-- what readers see (docs/decisions/0024-working-copy-and-publication.md).

CREATE TYPE "WorkingCopy" AS ENUM ('none', 'draft', 'changes_requested', 'in_review');
CREATE TYPE "Publication" AS ENUM ('unpublished', 'published', 'archived', 'retracted');

ALTER TABLE "Meeting"
ADD COLUMN "archiveReason" TEXT NOT NULL DEFAULT '',
ADD COLUMN "discardedAt" TIMESTAMP(3),
ADD COLUMN "firstPublishedAt" TIMESTAMP(3),
ADD COLUMN "publication" "Publication" NOT NULL DEFAULT 'unpublished',
ADD COLUMN "workingCopy" "WorkingCopy" NOT NULL DEFAULT 'draft';

ALTER TABLE "Revision"
ADD COLUMN "correctionNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN "publishedAt" TIMESTAMP(3),
ADD COLUMN "retractedAt" TIMESTAMP(3),
ADD COLUMN "retractionReason" TEXT NOT NULL DEFAULT '';

-- A version was published when a reviewer first approved it.
UPDATE "Revision" r SET "publishedAt" = a.at
FROM (SELECT "revisionId", min("createdAt") AS at FROM "Review" WHERE decision = 'approved' GROUP BY "revisionId") a
WHERE a."revisionId" = r.id;

-- A published revision with no approval on record (written by a script) keeps the meeting's date.
UPDATE "Revision" r SET "publishedAt" = coalesce(m."publishedAt", r."createdAt")
FROM "Meeting" m
WHERE m."publishedRevisionId" = r.id AND r."publishedAt" IS NULL;

UPDATE "Meeting" m SET "firstPublishedAt" = f.at
FROM (SELECT "meetingId", min("publishedAt") AS at FROM "Revision" WHERE "publishedAt" IS NOT NULL GROUP BY "meetingId") f
WHERE f."meetingId" = m.id;

-- What readers see.
UPDATE "Meeting" SET "publication" = (CASE
  WHEN status = 'archived' THEN 'archived'
  WHEN "publishedRevisionId" IS NOT NULL THEN 'published'
  ELSE 'unpublished' END)::"Publication";

-- Where the working copy stands: a draft whose current version was last sent
-- back by a reviewer is "changes requested"; a published or archived record
-- has none (its current version is the published one).
UPDATE "Meeting" m SET "workingCopy" = (CASE
  WHEN m.status IN ('published', 'archived') THEN 'none'
  WHEN m.status = 'in_review' THEN 'in_review'
  WHEN (
    SELECT rv.decision FROM "Review" rv JOIN "Revision" r ON r.id = rv."revisionId"
    WHERE rv."meetingId" = m.id AND r.number = m.version
    ORDER BY rv."createdAt" DESC LIMIT 1
  ) = 'changes_requested' THEN 'changes_requested'
  ELSE 'draft' END)::"WorkingCopy";

DROP INDEX "Meeting_status_updatedAt_idx";
ALTER TABLE "Meeting" DROP COLUMN "status";
DROP TYPE "MeetingStatus";

CREATE INDEX "Meeting_workingCopy_updatedAt_idx" ON "Meeting"("workingCopy", "updatedAt");
