-- Full-text search on PostgreSQL (the SearchIndex port, src/postgres/search.ts).
--
-- Each searchable kind has a side table, search_<kind>, one row per record, kept by triggers:
--  * `key`: the record's number in the index (the port's keys are numbers; ids are text), an
--    identity that only grows, so the highest keys are the most recently added records;
--  * `names`: what the record is called (entities: name A, aliases B; events: title; sources:
--    title A, author and publisher B), folded (lowercase, diacritics removed), not stemmed, for
--    names with every word a prefix (type-ahead);
--  * `words`: every searchable field, weighted (names A, aliases/author/publisher/tags B,
--    descriptions C, texts D) and stemmed (Snowball English, no stop words: "voter" finds
--    "voters", "and" is a word like any other);
--  * entities also `description`: the description folded, not stemmed (the directory's filter
--    matches whole description words).
-- The side tables keep tsvectors out of the records themselves: `SELECT *` on a record table
-- reads, copies and digests exactly the columns of the table definitions.
--
-- search_name_words lists the words of entity names (name and aliases) with how many entities'
-- names hold each, for "did you mean" (exact words and words by prefix, in code point order, from
-- its "C"-collated primary key). pg_trgm is not used: the port asks for no similarity search yet.
--
-- Text is split on punctuation before PostgreSQL's parser reads it (casefile_search_text), so
-- that "fancybear.net", "Jean-Pierre" or "“quoted”" give the same words as the query side (runs
-- of letters and digits) and as SQLite's unicode61 tokenizer, whatever the database's locale.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY casefile_english_stem (TEMPLATE = snowball, Language = english);

CREATE TEXT SEARCH CONFIGURATION casefile_names (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION casefile_names
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  WITH unaccent, simple;

CREATE TEXT SEARCH CONFIGURATION casefile_words (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION casefile_words
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart
  WITH unaccent, casefile_english_stem;

-- Punctuation (ASCII, Latin-1, general punctuation, arrows and symbols, CJK and full-width
-- punctuation, emoji) to spaces: the words are then the runs of letters and digits.
CREATE FUNCTION casefile_search_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
AS $$
  SELECT regexp_replace(value,
    '[!-/:-@\[-`{-~\u0080-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u2190-\u2bff\u3000-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\U0001f000-\U0001faff]+',
    ' ', 'g')
$$;

-- The elements of a JSON list of strings (aliases, tags) as one text.
CREATE FUNCTION casefile_search_list(value jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(string_agg(element, ' '), '')
  FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(value) = 'array' THEN value ELSE '[]'::jsonb END) AS elements(element)
$$;

CREATE FUNCTION casefile_search_vector(config regconfig, value text, weight "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector(config, coalesce(casefile_search_text(value), '')), weight)
$$;

-- A long text (a source's text, up to 5,000,000 characters) as casefile_search_vector makes it,
-- as far as one tsvector holds it: PostgreSQL refuses a tsvector over 1 MB, which a text of
-- hundreds of thousands of distinct words (an appendix of hashes) reaches. Such a text is
-- indexed up to the longest leading part that fits (halving), and saving it never fails.
CREATE FUNCTION casefile_search_long_vector(config regconfig, value text, weight "char") RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
DECLARE
  size integer := coalesce(length(value), 0);
BEGIN
  -- Up to here no text's words exceed the limit, and no subtransaction is spent.
  IF size <= 100000 THEN
    RETURN casefile_search_vector(config, value, weight);
  END IF;
  LOOP
    BEGIN
      RETURN casefile_search_vector(config, left(value, size), weight);
    EXCEPTION WHEN program_limit_exceeded THEN
      size := size / 2;
    END;
  END LOOP;
END
$$;

-- Entities.
CREATE TABLE search_entities (
  key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE REFERENCES entities (id) ON DELETE CASCADE ON UPDATE CASCADE,
  names tsvector NOT NULL,
  words tsvector NOT NULL,
  description tsvector NOT NULL
);
CREATE INDEX search_entities_names_idx ON search_entities USING gin (names);
CREATE INDEX search_entities_words_idx ON search_entities USING gin (words);
CREATE INDEX search_entities_description_idx ON search_entities USING gin (description);

CREATE FUNCTION casefile_entity_names(name text, aliases jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT casefile_search_vector('casefile_names', name, 'A') || casefile_search_vector('casefile_names', casefile_search_list(aliases), 'B')
$$;

CREATE FUNCTION casefile_entity_words(name text, aliases jsonb, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT casefile_search_vector('casefile_words', name, 'A')
    || casefile_search_vector('casefile_words', casefile_search_list(aliases), 'B')
    || casefile_search_vector('casefile_words', description, 'C')
$$;

CREATE TABLE search_name_words (
  word text COLLATE "C" PRIMARY KEY,
  records integer NOT NULL
);

-- Adds (sign 1) or removes (sign -1) the words of some entities' names.
CREATE FUNCTION casefile_count_name_words(names tsvector[], sign integer) RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_name_words AS v (word, records)
  SELECT w.word, sign * count(*)::integer
  FROM unnest(names) AS n(vector), unnest(tsvector_to_array(n.vector)) AS w(word)
  GROUP BY w.word
  ON CONFLICT (word) DO UPDATE SET records = v.records + excluded.records;
  IF sign < 0 THEN
    DELETE FROM search_name_words WHERE records <= 0;
  END IF;
END
$$;

CREATE FUNCTION casefile_search_entities_inserted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_entities (id, names, words, description)
  SELECT n.id, casefile_entity_names(n.name, n.aliases), casefile_entity_words(n.name, n.aliases, n.description),
    casefile_search_vector('casefile_names', n.description, 'D')
  FROM new_rows n;
  PERFORM casefile_count_name_words(
    (SELECT array_agg(casefile_entity_names(n.name, n.aliases)) FROM new_rows n), 1);
  RETURN NULL;
END
$$;

CREATE FUNCTION casefile_search_entities_updated() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  old_names tsvector := casefile_entity_names(OLD.name, OLD.aliases);
  new_names tsvector := casefile_entity_names(NEW.name, NEW.aliases);
BEGIN
  UPDATE search_entities
  SET names = new_names, words = casefile_entity_words(NEW.name, NEW.aliases, NEW.description),
    description = casefile_search_vector('casefile_names', NEW.description, 'D')
  WHERE id = NEW.id;
  IF old_names IS DISTINCT FROM new_names THEN
    PERFORM casefile_count_name_words(ARRAY[old_names], -1);
    PERFORM casefile_count_name_words(ARRAY[new_names], 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION casefile_search_entities_deleted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM casefile_count_name_words(
    (SELECT array_agg(casefile_entity_names(o.name, o.aliases)) FROM old_rows o), -1);
  RETURN NULL;
END
$$;

CREATE TRIGGER search_entities_inserted AFTER INSERT ON entities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_search_entities_inserted();
CREATE TRIGGER search_entities_updated AFTER UPDATE OF name, aliases, description ON entities
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.aliases IS DISTINCT FROM NEW.aliases
    OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION casefile_search_entities_updated();
CREATE TRIGGER search_entities_deleted AFTER DELETE ON entities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_search_entities_deleted();

-- Events.
CREATE TABLE search_events (
  key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE REFERENCES events (id) ON DELETE CASCADE ON UPDATE CASCADE,
  names tsvector NOT NULL,
  words tsvector NOT NULL
);
CREATE INDEX search_events_names_idx ON search_events USING gin (names);
CREATE INDEX search_events_words_idx ON search_events USING gin (words);

CREATE FUNCTION casefile_event_words(title text, description text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT casefile_search_vector('casefile_words', title, 'A') || casefile_search_vector('casefile_words', description, 'C')
$$;

CREATE FUNCTION casefile_search_events_inserted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_events (id, names, words)
  SELECT n.id, casefile_search_vector('casefile_names', n.title, 'A'), casefile_event_words(n.title, n.description)
  FROM new_rows n;
  RETURN NULL;
END
$$;

CREATE FUNCTION casefile_search_events_updated() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE search_events
  SET names = casefile_search_vector('casefile_names', NEW.title, 'A'), words = casefile_event_words(NEW.title, NEW.description)
  WHERE id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_events_inserted AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_search_events_inserted();
CREATE TRIGGER search_events_updated AFTER UPDATE OF title, description ON events
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description)
  EXECUTE FUNCTION casefile_search_events_updated();

-- Sources.
CREATE TABLE search_sources (
  key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE REFERENCES sources (id) ON DELETE CASCADE ON UPDATE CASCADE,
  names tsvector NOT NULL,
  words tsvector NOT NULL
);
CREATE INDEX search_sources_names_idx ON search_sources USING gin (names);
CREATE INDEX search_sources_words_idx ON search_sources USING gin (words);

CREATE FUNCTION casefile_source_names(title text, author text, publisher text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT casefile_search_vector('casefile_names', title, 'A')
    || casefile_search_vector('casefile_names', author, 'B')
    || casefile_search_vector('casefile_names', publisher, 'B')
$$;

CREATE FUNCTION casefile_source_words(title text, author text, publisher text, description text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT casefile_search_vector('casefile_words', title, 'A')
    || casefile_search_vector('casefile_words', author, 'B')
    || casefile_search_vector('casefile_words', publisher, 'B')
    || casefile_search_vector('casefile_words', description, 'C')
    || casefile_search_long_vector('casefile_words', body, 'D')
$$;

CREATE FUNCTION casefile_search_sources_inserted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_sources (id, names, words)
  SELECT n.id, casefile_source_names(n.title, n.author, n.publisher),
    casefile_source_words(n.title, n.author, n.publisher, n.description, n.text)
  FROM new_rows n;
  RETURN NULL;
END
$$;

CREATE FUNCTION casefile_search_sources_updated() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE search_sources
  SET names = casefile_source_names(NEW.title, NEW.author, NEW.publisher),
    words = casefile_source_words(NEW.title, NEW.author, NEW.publisher, NEW.description, NEW.text)
  WHERE id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_sources_inserted AFTER INSERT ON sources
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_search_sources_inserted();
CREATE TRIGGER search_sources_updated AFTER UPDATE OF title, author, publisher, description, text ON sources
  FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.author IS DISTINCT FROM NEW.author
    OR OLD.publisher IS DISTINCT FROM NEW.publisher OR OLD.description IS DISTINCT FROM NEW.description
    OR OLD.text IS DISTINCT FROM NEW.text)
  EXECUTE FUNCTION casefile_search_sources_updated();

-- Annotations.
CREATE TABLE search_annotations (
  key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE REFERENCES annotations (id) ON DELETE CASCADE ON UPDATE CASCADE,
  words tsvector NOT NULL
);
CREATE INDEX search_annotations_words_idx ON search_annotations USING gin (words);

CREATE FUNCTION casefile_annotation_words(body text, tags jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT casefile_search_vector('casefile_words', body, 'C') || casefile_search_vector('casefile_words', casefile_search_list(tags), 'B')
$$;

CREATE FUNCTION casefile_search_annotations_inserted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_annotations (id, words) SELECT n.id, casefile_annotation_words(n.body, n.tags) FROM new_rows n;
  RETURN NULL;
END
$$;

CREATE FUNCTION casefile_search_annotations_updated() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE search_annotations SET words = casefile_annotation_words(NEW.body, NEW.tags) WHERE id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER search_annotations_inserted AFTER INSERT ON annotations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION casefile_search_annotations_inserted();
CREATE TRIGGER search_annotations_updated AFTER UPDATE OF body, tags ON annotations
  FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body OR OLD.tags IS DISTINCT FROM NEW.tags)
  EXECUTE FUNCTION casefile_search_annotations_updated();

-- The records already there, oldest first (keys grow with the order records were added).
INSERT INTO search_entities (id, names, words, description)
SELECT id, casefile_entity_names(name, aliases), casefile_entity_words(name, aliases, description),
  casefile_search_vector('casefile_names', description, 'D')
FROM entities ORDER BY created_at, id;
SELECT casefile_count_name_words((SELECT array_agg(names) FROM search_entities), 1);
INSERT INTO search_events (id, names, words)
SELECT id, casefile_search_vector('casefile_names', title, 'A'), casefile_event_words(title, description)
FROM events ORDER BY created_at, id;
INSERT INTO search_sources (id, names, words)
SELECT id, casefile_source_names(title, author, publisher), casefile_source_words(title, author, publisher, description, text)
FROM sources ORDER BY created_at, id;
INSERT INTO search_annotations (id, words)
SELECT id, casefile_annotation_words(body, tags) FROM annotations ORDER BY created_at, id;
