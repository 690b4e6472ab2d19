-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Revision_searchVector_idx" ON "Revision" USING GIN ("searchVector");


-- One definition of what a revision's search vector holds, used when a
-- revision is written (lib/meetings/write-revision.ts) and for the backfill below.
CREATE FUNCTION "revision_search_vector"(revision_id text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT
    setweight(to_tsvector('english', r.title), 'A') ||
    setweight(to_tsvector('english', r.series || ' ' ||
      coalesce((SELECT string_agg(p.name, ' ') FROM "Participant" p WHERE p."revisionId" = r.id), '') || ' ' ||
      coalesce((SELECT string_agg(d.title, ' ') FROM "Discussion" d WHERE d."revisionId" = r.id), '') || ' ' ||
      coalesce((SELECT string_agg(c.party, ' ') FROM "Commitment" c WHERE c."revisionId" = r.id), '')), 'B') ||
    setweight(to_tsvector('english', r.summary || ' ' || r.implications || ' ' ||
      coalesce((SELECT string_agg(d.outcome, ' ') FROM "Discussion" d WHERE d."revisionId" = r.id), '') || ' ' ||
      coalesce((SELECT string_agg(c.description, ' ') FROM "Commitment" c WHERE c."revisionId" = r.id), '')), 'C') ||
    setweight(to_tsvector('english', r.location || ' ' || r.chair || ' ' ||
      coalesce((SELECT string_agg(d.notes, ' ') FROM "Discussion" d WHERE d."revisionId" = r.id), '')), 'D')
  FROM "Revision" r WHERE r.id = revision_id
$$;

UPDATE "Revision" SET "searchVector" = "revision_search_vector"(id);

-- Typo-tolerant matching on titles and participant names.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Revision_title_trgm_idx" ON "Revision" USING GIN (title gin_trgm_ops);
CREATE INDEX "Participant_name_trgm_idx" ON "Participant" USING GIN (name gin_trgm_ops);
