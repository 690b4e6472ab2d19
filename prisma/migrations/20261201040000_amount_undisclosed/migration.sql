-- A commitment whose source says money was pledged without saying how much.
ALTER TABLE "Commitment" ADD COLUMN "amountUndisclosed" BOOLEAN NOT NULL DEFAULT false;
