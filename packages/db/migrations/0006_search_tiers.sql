-- Search in two tiers, so that a common word costs what a page costs rather than what a
-- million matches cost:
--  * `entity_names_fts` indexes what entities are called (name, aliases), with prefix indexes
--    for type-ahead. Names are short and their words rare: ranking every match is cheap.
--  * `entity_descriptions_fts` indexes descriptions by whole words, without prefix indexes
--    (they made every description word four index entries, and whole-word queries stream).
-- The search service ranks name matches first, then the most recent description matches.
-- Sources and annotations are indexed by whole words too, for the same reasons.
DROP TRIGGER IF EXISTS `entities_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `entities_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `entities_fts_au`;
--> statement-breakpoint
DROP TABLE IF EXISTS `entities_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `entity_names_fts` USING fts5(
  `name`, `aliases`,
  content='entities', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `entity_names_fts_ai` AFTER INSERT ON `entities` BEGIN
  INSERT INTO `entity_names_fts`(rowid, `name`, `aliases`) VALUES (new.rowid, new.`name`, new.`aliases`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_names_fts_ad` AFTER DELETE ON `entities` BEGIN
  INSERT INTO `entity_names_fts`(`entity_names_fts`, rowid, `name`, `aliases`) VALUES ('delete', old.rowid, old.`name`, old.`aliases`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_names_fts_au` AFTER UPDATE OF `name`, `aliases` ON `entities` BEGIN
  INSERT INTO `entity_names_fts`(`entity_names_fts`, rowid, `name`, `aliases`) VALUES ('delete', old.rowid, old.`name`, old.`aliases`);
  INSERT INTO `entity_names_fts`(rowid, `name`, `aliases`) VALUES (new.rowid, new.`name`, new.`aliases`);
END;
--> statement-breakpoint
INSERT INTO `entity_names_fts`(`entity_names_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `entity_descriptions_fts` USING fts5(
  `description`,
  content='entities', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `entity_descriptions_fts_ai` AFTER INSERT ON `entities` BEGIN
  INSERT INTO `entity_descriptions_fts`(rowid, `description`) VALUES (new.rowid, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_descriptions_fts_ad` AFTER DELETE ON `entities` BEGIN
  INSERT INTO `entity_descriptions_fts`(`entity_descriptions_fts`, rowid, `description`) VALUES ('delete', old.rowid, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_descriptions_fts_au` AFTER UPDATE OF `description` ON `entities` BEGIN
  INSERT INTO `entity_descriptions_fts`(`entity_descriptions_fts`, rowid, `description`) VALUES ('delete', old.rowid, old.`description`);
  INSERT INTO `entity_descriptions_fts`(rowid, `description`) VALUES (new.rowid, new.`description`);
END;
--> statement-breakpoint
INSERT INTO `entity_descriptions_fts`(`entity_descriptions_fts`) VALUES ('rebuild');
--> statement-breakpoint
DROP TABLE `sources_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(
  `title`, `text`,
  content='sources', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `sources_fts`(`sources_fts`) VALUES ('rebuild');
--> statement-breakpoint
DROP TABLE `annotations_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `annotations_fts` USING fts5(
  `body`, `tags`,
  content='annotations', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `annotations_fts`(`annotations_fts`) VALUES ('rebuild');
