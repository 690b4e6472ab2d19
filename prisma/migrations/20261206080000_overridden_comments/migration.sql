-- An item comment closed by an approval that overrode it (docs/decisions/0025).
ALTER TABLE "ItemComment" ADD COLUMN "overridden" BOOLEAN NOT NULL DEFAULT false;
