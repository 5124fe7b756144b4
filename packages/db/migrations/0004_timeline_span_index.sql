-- Timeline range queries ask for events overlapping [from, to]: range_end >= from AND
-- range_start <= to. On an index of range_start alone that scans every earlier event. Events
-- are grouped by how long they may last (a day or a month: up to 31 days; a year: up to 366;
-- longer), so each group's query can bound range_start from below too:
--   range_start >= date(from, '-31 days')   (and '-366 days' for the second group).
-- An index on the expression rather than a column, so rows and their revisions do not change.
-- Queries must repeat the expression exactly (apps/api/src/modules/events/service.ts).
CREATE INDEX `events_span_range_idx` ON `events` (
  (CASE WHEN julianday(`range_end`) - julianday(`range_start`) <= 31 THEN 0 WHEN julianday(`range_end`) - julianday(`range_start`) <= 366 THEN 1 ELSE 2 END),
  `range_start`, `id`
);
--> statement-breakpoint
CREATE INDEX `events_case_span_range_idx` ON `events` (
  `case_id`,
  (CASE WHEN julianday(`range_end`) - julianday(`range_start`) <= 31 THEN 0 WHEN julianday(`range_end`) - julianday(`range_start`) <= 366 THEN 1 ELSE 2 END),
  `range_start`, `id`
);
