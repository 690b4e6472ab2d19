-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'ledger';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "detail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "pledgeId" TEXT,
ALTER COLUMN "meetingId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

