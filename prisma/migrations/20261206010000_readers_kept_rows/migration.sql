-- What readers may see, kept for the readouts list (decision 0032): one row per
-- readable revision in the list's order, and the filter menus' values with how
-- many readouts name each. Triggers on "Meeting" keep both in the transaction
-- that changes what readers see; the last statements fill them from existing rows.

CREATE TYPE "ReadoutMenu" AS ENUM ('series', 'participant');

CREATE TABLE "PublishedReadout" (
    "revisionId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedReadout_pkey" PRIMARY KEY ("revisionId")
);

CREATE TABLE "ReadoutMenuValue" (
    "menu" "ReadoutMenu" NOT NULL,
    "value" TEXT NOT NULL,
    "readouts" INTEGER NOT NULL,

    CONSTRAINT "ReadoutMenuValue_pkey" PRIMARY KEY ("menu","value")
);

CREATE INDEX "PublishedReadout_startsAt_revisionId_idx" ON "PublishedReadout"("startsAt" DESC, "revisionId");

ALTER TABLE "PublishedReadout" ADD CONSTRAINT "PublishedReadout_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "Revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A meeting's readable revision changes from `gone` to `came` (either may be null).
-- Menu rows are locked in key order, so publications at once cannot deadlock on them.
CREATE FUNCTION published_readout_change(gone TEXT, came TEXT) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "PublishedReadout" WHERE "revisionId" = gone;
  INSERT INTO "PublishedReadout" ("revisionId", "startsAt")
  SELECT id, "startsAt" FROM "Revision" WHERE id = came
  ON CONFLICT ("revisionId") DO NOTHING;
  INSERT INTO "ReadoutMenuValue" ("menu", "value", "readouts")
  SELECT menu, value, sum(change)::int FROM (
    SELECT 'series'::"ReadoutMenu" AS menu, r.series AS value, CASE WHEN r.id = came THEN 1 ELSE -1 END AS change
      FROM "Revision" r WHERE r.id IN (gone, came)
    UNION ALL
    SELECT 'participant'::"ReadoutMenu", p.name, CASE WHEN p."revisionId" = came THEN 1 ELSE -1 END
      FROM "Participant" p WHERE p."revisionId" IN (gone, came)
  ) changes
  GROUP BY menu, value HAVING sum(change) <> 0
  ORDER BY menu, value
  ON CONFLICT ("menu", "value") DO UPDATE SET "readouts" = "ReadoutMenuValue"."readouts" + excluded."readouts";
  DELETE FROM "ReadoutMenuValue" WHERE "readouts" <= 0;
$$;

-- Readers see a meeting's published revision while its publication is "published"
-- (READABLE_MEETING in lib/readouts/published.ts): the triggers follow exactly that.
CREATE FUNCTION published_readout_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  gone TEXT;
  came TEXT;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.publication = 'published' THEN gone := OLD."publishedRevisionId"; END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.publication = 'published' THEN came := NEW."publishedRevisionId"; END IF;
  PERFORM published_readout_change(gone, came);
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Meeting_published_readout_insert" AFTER INSERT ON "Meeting"
  FOR EACH ROW WHEN (NEW.publication = 'published' AND NEW."publishedRevisionId" IS NOT NULL)
  EXECUTE FUNCTION published_readout_sync();

CREATE TRIGGER "Meeting_published_readout_update" AFTER UPDATE OF "publication", "publishedRevisionId" ON "Meeting"
  FOR EACH ROW WHEN (
    (CASE WHEN OLD.publication = 'published' THEN OLD."publishedRevisionId" END)
    IS DISTINCT FROM (CASE WHEN NEW.publication = 'published' THEN NEW."publishedRevisionId" END))
  EXECUTE FUNCTION published_readout_sync();

-- Before the delete, while the meeting's revisions and participants (deleted with it) are still there.
CREATE TRIGGER "Meeting_published_readout_delete" BEFORE DELETE ON "Meeting"
  FOR EACH ROW WHEN (OLD.publication = 'published' AND OLD."publishedRevisionId" IS NOT NULL)
  EXECUTE FUNCTION published_readout_sync();

-- The readouts published before this migration.
INSERT INTO "PublishedReadout" ("revisionId", "startsAt")
SELECT r.id, r."startsAt" FROM "Revision" r JOIN "Meeting" m ON m."publishedRevisionId" = r.id AND m.publication = 'published';

INSERT INTO "ReadoutMenuValue" ("menu", "value", "readouts")
SELECT 'series'::"ReadoutMenu", r.series, count(*)::int
  FROM "Revision" r JOIN "Meeting" m ON m."publishedRevisionId" = r.id AND m.publication = 'published'
  GROUP BY r.series
UNION ALL
SELECT 'participant'::"ReadoutMenu", p.name, count(*)::int
  FROM "Participant" p JOIN "Meeting" m ON m."publishedRevisionId" = p."revisionId" AND m.publication = 'published'
  GROUP BY p.name;

ANALYZE "PublishedReadout", "ReadoutMenuValue";
