DROP INDEX `relationships_subject_idx`;--> statement-breakpoint
DROP INDEX `relationships_object_idx`;--> statement-breakpoint
CREATE INDEX `relationships_subject_idx` ON `relationships` (`subject_id`,`predicate`,`id`);--> statement-breakpoint
CREATE INDEX `relationships_object_idx` ON `relationships` (`object_id`,`predicate`,`id`);