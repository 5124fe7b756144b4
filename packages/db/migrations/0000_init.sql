CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`slug` text NOT NULL,
	`caption` text NOT NULL,
	`short_title` text,
	`docket_number` text,
	`court` text,
	`jurisdiction` text,
	`status` text NOT NULL,
	`filed_date` text,
	`filed_date_precision` text,
	`summary` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_slug_unique` ON `cases` (`slug`);--> statement-breakpoint
CREATE TABLE `charge_defendants` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`charge_id` text NOT NULL,
	`entity_id` text NOT NULL,
	FOREIGN KEY (`charge_id`) REFERENCES `charges`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charge_defendants_charge_entity_idx` ON `charge_defendants` (`charge_id`,`entity_id`);--> statement-breakpoint
CREATE INDEX `charge_defendants_entity_idx` ON `charge_defendants` (`entity_id`);--> statement-breakpoint
CREATE TABLE `charges` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`case_id` text NOT NULL,
	`count_number` integer NOT NULL,
	`title` text NOT NULL,
	`statute` text NOT NULL,
	`description` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charges_case_count_idx` ON `charges` (`case_id`,`count_number`);--> statement-breakpoint
CREATE TABLE `case_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`case_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`role` text NOT NULL,
	`description` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_roles_case_entity_role_idx` ON `case_roles` (`case_id`,`entity_id`,`role`);--> statement-breakpoint
CREATE INDEX `case_roles_entity_idx` ON `case_roles` (`entity_id`);--> statement-breakpoint
CREATE INDEX `case_roles_case_role_idx` ON `case_roles` (`case_id`,`role`,`position`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`description` text,
	`field_statuses` text DEFAULT '{}' NOT NULL,
	`rank` text,
	`position` text,
	`nationality` text,
	`birth_date` text,
	`birth_date_precision` text,
	`organization_kind` text,
	`parent_id` text,
	`country` text,
	`persona_kind` text,
	`platform` text,
	`url` text,
	`place_kind` text,
	`artifact_kind` text,
	`merged_into_id` text,
	FOREIGN KEY (`parent_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_into_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entities_kind_name_idx` ON `entities` (`kind`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `entities_name_idx` ON `entities` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `entities_parent_idx` ON `entities` (`parent_id`);--> statement-breakpoint
CREATE INDEX `entities_merged_into_idx` ON `entities` (`merged_into_id`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`event_id` text NOT NULL,
	`entity_id` text NOT NULL,
	`role` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_participants_event_entity_role_idx` ON `event_participants` (`event_id`,`entity_id`,`role`);--> statement-breakpoint
CREATE INDEX `event_participants_entity_idx` ON `event_participants` (`entity_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`case_id` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`end_date` text,
	`end_date_precision` text,
	`range_start` text NOT NULL,
	`range_end` text NOT NULL,
	`place_id` text,
	`description` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_case_range_idx` ON `events` (`case_id`,`range_start`,`id`);--> statement-breakpoint
CREATE INDEX `events_range_idx` ON `events` (`range_start`,`id`);--> statement-breakpoint
CREATE INDEX `events_place_idx` ON `events` (`place_id`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`status` text DEFAULT 'ALLEGED' NOT NULL,
	`confidence` integer DEFAULT 50 NOT NULL,
	`subject_id` text NOT NULL,
	`predicate` text NOT NULL,
	`object_id` text NOT NULL,
	`start_date` text,
	`start_date_precision` text,
	`end_date` text,
	`end_date_precision` text,
	`description` text,
	FOREIGN KEY (`subject_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`object_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `relationships_subject_idx` ON `relationships` (`subject_id`,`predicate`);--> statement-breakpoint
CREATE INDEX `relationships_object_idx` ON `relationships` (`object_id`,`predicate`);--> statement-breakpoint
CREATE TABLE `annotations` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`case_id` text,
	`parent_id` text,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`resolved_at` text,
	`resolved_by_id` text,
	`exact` text,
	`prefix` text,
	`suffix` text,
	`start_offset` integer,
	`end_offset` integer,
	`is_orphaned` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `annotations_target_idx` ON `annotations` (`target_id`,`target_type`);--> statement-breakpoint
CREATE INDEX `annotations_parent_idx` ON `annotations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `annotations_case_status_idx` ON `annotations` (`case_id`,`status`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`source_id` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`field` text,
	`exact` text,
	`prefix` text,
	`suffix` text,
	`start_offset` integer,
	`end_offset` integer,
	`is_orphaned` integer DEFAULT false NOT NULL,
	`locator` text,
	`note` text,
	`created_by_id` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `citations_target_idx` ON `citations` (`target_id`,`target_type`);--> statement-breakpoint
CREATE INDEX `citations_source_idx` ON `citations` (`source_id`,`start_offset`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`author` text,
	`url` text,
	`published_date` text,
	`published_date_precision` text,
	`description` text,
	`text` text,
	`text_version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_tokenHash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_type` text NOT NULL,
	`record_id` text NOT NULL,
	`case_id` text,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`actor_id` text,
	`created_at` text NOT NULL,
	`changes` text NOT NULL,
	`snapshot` text,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revisions_record_idx` ON `revisions` (`record_type`,`record_id`,`version`);--> statement-breakpoint
CREATE INDEX `revisions_case_idx` ON `revisions` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text,
	`is_disabled` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);