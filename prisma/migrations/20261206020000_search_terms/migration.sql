-- The words of the titles and participant names of the readouts readers may
-- see, for correcting a mistyped search word with a trigram index
-- (docs/decisions/0033-search-at-scale.md). Each word counts the readable
-- readouts that have it and goes when none does: it follows "PublishedReadout"
-- (kept by the triggers of 20261206010000_readers_kept_rows), so a word of a
-- draft, an archived or a retracted readout is never offered.
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,
    "readouts" INTEGER NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

CREATE INDEX "SearchTerm_term_trgm_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

CREATE FUNCTION "search_terms"(content text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT word FROM regexp_split_to_table(lower(content), '[^[:alnum:]]+') AS word
  WHERE length(word) BETWEEN 3 AND 40
$$;

-- The distinct words of one revision's title and participant names.
CREATE FUNCTION "revision_search_terms"(revision text) RETURNS SETOF text
LANGUAGE sql STABLE AS $$
  SELECT search_terms(title) FROM "Revision" WHERE id = revision
  UNION
  SELECT search_terms(name) FROM "Participant" WHERE "revisionId" = revision
$$;

-- In word order, so two publications that share words wait for each other instead of deadlocking.
CREATE FUNCTION "keep_search_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "SearchTerm"(term, readouts)
      SELECT term, 1 FROM revision_search_terms(NEW."revisionId") AS term ORDER BY term
      ON CONFLICT (term) DO UPDATE SET readouts = "SearchTerm".readouts + 1;
    RETURN NULL;
  END IF;
  WITH gone AS (SELECT term FROM revision_search_terms(OLD."revisionId") AS term ORDER BY term)
  UPDATE "SearchTerm" t SET readouts = t.readouts - 1 FROM gone WHERE t.term = gone.term;
  DELETE FROM "SearchTerm" t WHERE t.readouts <= 0 AND t.term IN (SELECT revision_search_terms(OLD."revisionId"));
  RETURN OLD;
END
$$;

CREATE TRIGGER "PublishedReadout_search_terms_insert" AFTER INSERT ON "PublishedReadout"
  FOR EACH ROW EXECUTE FUNCTION "keep_search_terms"();
-- Before the row goes, while its revision and participants are surely still there.
CREATE TRIGGER "PublishedReadout_search_terms_delete" BEFORE DELETE ON "PublishedReadout"
  FOR EACH ROW EXECUTE FUNCTION "keep_search_terms"();

INSERT INTO "SearchTerm"(term, readouts)
  SELECT term, count(*)::int FROM (
    SELECT pr."revisionId", revision_search_terms(pr."revisionId") AS term FROM "PublishedReadout" pr
  ) AS terms
  GROUP BY term
  ORDER BY term;

ANALYZE "SearchTerm";
