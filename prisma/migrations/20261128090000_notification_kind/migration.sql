-- A notice keeps what happened (its kind, who did it), not its wording: the
-- title is looked up when it is shown, as the reader may see it then.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('review_requested', 'approved', 'changes_requested');

-- AlterTable
ALTER TABLE "Notification"
ADD COLUMN     "actorName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "kind" "NotificationKind";

-- Existing notices: their kind and actor from the wording lib/meetings/transition-meeting.ts wrote.
UPDATE "Notification" SET "kind" = 'review_requested'
WHERE "message" LIKE '“%” awaits your review.';
UPDATE "Notification" SET "kind" = 'approved', "actorName" = substring("message" from '” was approved and published by (.*)\.$')
WHERE "kind" IS NULL AND "message" LIKE '“%” was approved and published by %.';
UPDATE "Notification" SET "kind" = 'changes_requested', "actorName" = substring("message" from '^(.*?) asked for changes to “')
WHERE "kind" IS NULL AND "message" LIKE '% asked for changes to “%”.';
DELETE FROM "Notification" WHERE "kind" IS NULL OR "meetingId" IS NULL;

ALTER TABLE "Notification" DROP COLUMN "message",
ALTER COLUMN "kind" SET NOT NULL,
ALTER COLUMN "meetingId" SET NOT NULL;
