-- Secondary indexes a bulk session dropped to load faster (beginBulkSession in
-- packages/db/src/bulk.ts), with the SQL to build them again. The session builds them when it
-- ends; if its process died first, the next openMigratedStore does.
CREATE TABLE `deferred_indexes` (
  `name` text PRIMARY KEY NOT NULL,
  `table_name` text NOT NULL,
  `sql` text NOT NULL
);
