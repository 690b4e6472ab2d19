-- AlterTable
ALTER TABLE "Token" ADD COLUMN     "selfService" BOOLEAN NOT NULL DEFAULT false;
