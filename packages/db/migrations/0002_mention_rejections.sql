CREATE TABLE `mention_rejections` (
	`source_id` text NOT NULL,
	`key` text NOT NULL,
	`text_version` integer NOT NULL,
	`rejected_by_id` text,
	`rejected_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`source_id`, `key`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rejected_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
