-- A revision's changes and snapshot keep their fields in the order they were written, as on
-- SQLite: jsonb stores object keys sorted by length, so a record's history listed its changed
-- fields in another order on PostgreSQL. json keeps the text as written (nothing queries into
-- these two columns). Rows written before this migration keep jsonb's order.
ALTER TABLE "revisions" ALTER COLUMN "changes" TYPE json USING "changes"::json;
ALTER TABLE "revisions" ALTER COLUMN "snapshot" TYPE json USING "snapshot"::json;
