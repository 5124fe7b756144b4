-- Failed sign-in and API-token attempts, counted in the database so that every API process
-- sharing it enforces the same throttle (see apps/api/src/modules/auth/throttle.ts).
CREATE TABLE `auth_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_start` text NOT NULL,
	`blocked_until` text,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `auth_throttles_expires_idx` ON `auth_throttles` (`expires_at`);
