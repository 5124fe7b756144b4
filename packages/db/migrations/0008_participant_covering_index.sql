-- The entity page lists an entity's events with its roles in each: an index on (entity_id,
-- event_id, role) answers that join and its count without reading participant rows. It
-- replaces the entity_id index (with both, the planner may keep the narrower one).
DROP INDEX IF EXISTS `event_participants_entity_idx`;
--> statement-breakpoint
CREATE INDEX `event_participants_entity_idx` ON `event_participants` (`entity_id`, `event_id`, `role`);
