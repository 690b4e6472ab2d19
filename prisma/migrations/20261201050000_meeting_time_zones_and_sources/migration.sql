-- Meetings get a time zone and may have a date without a time; sources become
-- records of their revision that commitments point to
-- (docs/decisions/0023-meeting-time-zones-and-sources.md).

-- Times recorded so far were entered in UTC (decision 0005): they keep that zone.
ALTER TABLE "Revision" ADD COLUMN     "hasTime" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL DEFAULT '',
    "publishedOn" DATE,
    "url" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Source_revisionId_position_idx" ON "Source"("revisionId", "position");
CREATE UNIQUE INDEX "Source_revisionId_key_key" ON "Source"("revisionId", "key");
ALTER TABLE "Source" ADD CONSTRAINT "Source_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Commitment" ADD COLUMN "sourceId" TEXT;
CREATE INDEX "Commitment_sourceId_idx" ON "Commitment"("sourceId");
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Each distinct free-text source of a revision becomes one source of it, in
-- order of first use. Its key derives from the meeting and the text, so the
-- same text keeps its key from version to version (diffs compare by key); the
-- hash is shaped as a version-4 UUID, as the form's keys are. Text that is
-- a bare http(s) address also becomes the source's address.
WITH used AS (
  SELECT c."revisionId", r."meetingId", trim(c.source) AS text, min(c.position) AS first
  FROM "Commitment" c JOIN "Revision" r ON r.id = c."revisionId"
  WHERE trim(c.source) <> ''
  GROUP BY c."revisionId", r."meetingId", trim(c.source)
), hashed AS (
  SELECT *, md5(u."meetingId" || ':' || u.text) AS h FROM used u
)
INSERT INTO "Source" (id, key, "revisionId", position, title, url)
SELECT gen_random_uuid()::text,
       substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12),
       "revisionId",
       (row_number() OVER (PARTITION BY "revisionId" ORDER BY first, text) - 1)::int,
       left(text, 500),
       CASE WHEN text ~ '^https?://[^\s<>"]+$' THEN text ELSE '' END
FROM hashed;

UPDATE "Commitment" c SET "sourceId" = s.id
FROM "Source" s
WHERE s."revisionId" = c."revisionId" AND s.title = left(trim(c.source), 500) AND trim(c.source) <> '';

ALTER TABLE "Commitment" DROP COLUMN "source";
