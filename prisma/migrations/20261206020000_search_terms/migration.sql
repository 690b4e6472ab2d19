-- The words of revision titles and participant names, for correcting a
-- mistyped search word with a trigram index (docs/decisions/0033-search-at-scale.md).
-- Kept by statement triggers, so a save and a bulk load fill it alike. Words
-- are never removed: a word only replaces a searched one, and the search that
-- follows reads published readouts only.
CREATE TABLE "SearchTerm" (
    "term" TEXT NOT NULL,

    CONSTRAINT "SearchTerm_pkey" PRIMARY KEY ("term")
);

CREATE INDEX "SearchTerm_term_trgm_idx" ON "SearchTerm" USING GIN ("term" gin_trgm_ops);

CREATE FUNCTION "search_terms"(content text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT word FROM regexp_split_to_table(lower(content), '[^[:alnum:]]+') AS word
  WHERE length(word) BETWEEN 3 AND 40
$$;

-- In word order, so two saves that add the same new words wait for each other instead of deadlocking.
CREATE FUNCTION "keep_title_search_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm"(term)
    SELECT DISTINCT search_terms(title) AS term FROM new_rows ORDER BY term
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE FUNCTION "keep_name_search_terms"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchTerm"(term)
    SELECT DISTINCT search_terms(name) AS term FROM new_rows ORDER BY term
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Revision_search_terms_insert" AFTER INSERT ON "Revision"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "keep_title_search_terms"();
CREATE TRIGGER "Revision_search_terms_update" AFTER UPDATE ON "Revision"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "keep_title_search_terms"();
CREATE TRIGGER "Participant_search_terms_insert" AFTER INSERT ON "Participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "keep_name_search_terms"();
CREATE TRIGGER "Participant_search_terms_update" AFTER UPDATE ON "Participant"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "keep_name_search_terms"();

INSERT INTO "SearchTerm"(term)
  SELECT term FROM (
    SELECT search_terms(title) AS term FROM "Revision"
    UNION SELECT search_terms(name) FROM "Participant"
  ) AS terms
  ORDER BY term
ON CONFLICT DO NOTHING;
