-- Replaces the span-class indexes of 0004 with four classes and a covering range_end: events up
-- to a month, a year, three years, and longer. The third class bounds what used to be an
-- unbounded scan of every multi-year event that started before the window; range_end in the
-- index answers the overlap test without reading the rows.
DROP INDEX IF EXISTS `events_span_range_idx`;
--> statement-breakpoint
DROP INDEX IF EXISTS `events_case_span_range_idx`;
--> statement-breakpoint
CREATE INDEX `events_span4_range_idx` ON `events` (
  (CASE WHEN julianday(`range_end`) - julianday(`range_start`) <= 31 THEN 0 WHEN julianday(`range_end`) - julianday(`range_start`) <= 366 THEN 1 WHEN julianday(`range_end`) - julianday(`range_start`) <= 1096 THEN 2 ELSE 3 END),
  `range_start`, `id`, `range_end`
);
--> statement-breakpoint
CREATE INDEX `events_case_span4_range_idx` ON `events` (
  `case_id`,
  (CASE WHEN julianday(`range_end`) - julianday(`range_start`) <= 31 THEN 0 WHEN julianday(`range_end`) - julianday(`range_start`) <= 366 THEN 1 WHEN julianday(`range_end`) - julianday(`range_start`) <= 1096 THEN 2 ELSE 3 END),
  `range_start`, `id`, `range_end`
);
