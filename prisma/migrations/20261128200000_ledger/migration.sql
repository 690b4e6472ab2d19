-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('country', 'organisation', 'group');

-- CreateEnum
CREATE TYPE "Instrument" AS ENUM ('grant', 'loan', 'guarantee', 'in_kind');

-- CreateEnum
CREATE TYPE "Announcement" AS ENUM ('new', 'reannounced', 'increased', 'reduced');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('open', 'partly_delivered', 'delivered', 'cancelled');

-- CreateEnum
CREATE TYPE "PledgeEventKind" AS ENUM ('allocated', 'partly_delivered', 'delivered', 'cancelled');

-- CreateEnum
CREATE TYPE "PledgeEventState" AS ENUM ('proposed', 'approved', 'rejected');

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "partyId" TEXT;

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "announcement" "Announcement" NOT NULL DEFAULT 'new',
ADD COLUMN     "instrument" "Instrument",
ADD COLUMN     "partyId" TEXT,
ADD COLUMN     "pledgeId" TEXT,
ADD COLUMN     "recipientId" TEXT;

-- CreateTable
CREATE TABLE "Party" (
    "id" TEXT NOT NULL,
    "kind" "PartyKind" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyAlias" (
    "id" TEXT NOT NULL,
    "partyId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "PartyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "series" TEXT,
    "partyId" TEXT,
    "recipientId" TEXT,
    "kind" "CommitmentKind",
    "instrument" "Instrument",
    "description" TEXT NOT NULL DEFAULT '',
    "amount" DECIMAL(18,2),
    "currency" CHAR(3),
    "quantity" INTEGER,
    "unit" TEXT,
    "dueDate" DATE,
    "announcedOn" DATE,
    "lastAnnouncedOn" DATE,
    "allocatedAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "deliveredAmount" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "allocatedQuantity" INTEGER NOT NULL DEFAULT 0,
    "deliveredQuantity" INTEGER NOT NULL DEFAULT 0,
    "status" "PledgeStatus" NOT NULL DEFAULT 'open',
    "importId" TEXT,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeEvent" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "kind" "PledgeEventKind" NOT NULL,
    "amount" DECIMAL(18,2),
    "quantity" INTEGER,
    "asOf" DATE NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "state" "PledgeEventState" NOT NULL DEFAULT 'proposed',
    "proposedById" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT NOT NULL DEFAULT '',
    "importId" TEXT,

    CONSTRAINT "PledgeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "state" "PledgeEventState" NOT NULL DEFAULT 'proposed',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "PledgeImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "rate" DECIMAL(18,6) NOT NULL,
    "uploadId" TEXT,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("currency","date")
);

-- CreateTable
CREATE TABLE "RateUpload" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "firstDate" DATE NOT NULL,
    "lastDate" DATE NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Party_name_key" ON "Party"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Party_code_key" ON "Party"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Party_slug_key" ON "Party"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PartyAlias_normalized_key" ON "PartyAlias"("normalized");

-- CreateIndex
CREATE INDEX "PartyAlias_partyId_idx" ON "PartyAlias"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_number_key" ON "Pledge"("number");

-- CreateIndex
CREATE INDEX "Pledge_publishedAt_idx" ON "Pledge"("publishedAt");

-- CreateIndex
CREATE INDEX "Pledge_partyId_idx" ON "Pledge"("partyId");

-- CreateIndex
CREATE INDEX "Pledge_series_idx" ON "Pledge"("series");

-- CreateIndex
CREATE INDEX "Pledge_dueDate_idx" ON "Pledge"("dueDate");

-- CreateIndex
CREATE INDEX "PledgeEvent_pledgeId_asOf_idx" ON "PledgeEvent"("pledgeId", "asOf");

-- CreateIndex
CREATE INDEX "PledgeEvent_state_proposedAt_idx" ON "PledgeEvent"("state", "proposedAt");

-- CreateIndex
CREATE INDEX "PledgeImport_state_createdAt_idx" ON "PledgeImport"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Participant_partyId_idx" ON "Participant"("partyId");

-- CreateIndex
CREATE INDEX "Commitment_partyId_idx" ON "Commitment"("partyId");

-- CreateIndex
CREATE INDEX "Commitment_pledgeId_idx" ON "Commitment"("pledgeId");

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAlias" ADD CONSTRAINT "PartyAlias_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_importId_fkey" FOREIGN KEY ("importId") REFERENCES "PledgeImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeEvent" ADD CONSTRAINT "PledgeEvent_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeEvent" ADD CONSTRAINT "PledgeEvent_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeEvent" ADD CONSTRAINT "PledgeEvent_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeEvent" ADD CONSTRAINT "PledgeEvent_importId_fkey" FOREIGN KEY ("importId") REFERENCES "PledgeImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeImport" ADD CONSTRAINT "PledgeImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeImport" ADD CONSTRAINT "PledgeImport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "RateUpload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RateUpload" ADD CONSTRAINT "RateUpload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

