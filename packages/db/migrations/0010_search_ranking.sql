-- Search ranked over all matches (bm25 with a LIMIT inside each FTS5 query), with stemming:
--  * `entity_text_fts` indexes every searchable field of an entity (name, aliases, description)
--    with the porter stemmer, so one query may match a record across its fields ("Podesta
--    spearphished") and "voter" finds "voters". `entity_names_fts` stays for names (prefixes on
--    every word, type-ahead) and `entity_descriptions_fts` for the directory.
--  * `events_fts` indexes event titles and descriptions (events were not searchable).
--  * `sources_fts` now also indexes author, publisher and description, stemmed.
--  * `annotations_fts` is stemmed.
--  * `entity_names_vocab` lists the words of names, for "did you mean".
-- Each new index is built from the rows already there.
CREATE VIRTUAL TABLE `entity_text_fts` USING fts5(
  `name`, `aliases`, `description`,
  content='entities', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `entity_text_fts_ai` AFTER INSERT ON `entities` BEGIN
  INSERT INTO `entity_text_fts`(rowid, `name`, `aliases`, `description`) VALUES (new.rowid, new.`name`, new.`aliases`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_text_fts_ad` AFTER DELETE ON `entities` BEGIN
  INSERT INTO `entity_text_fts`(`entity_text_fts`, rowid, `name`, `aliases`, `description`) VALUES ('delete', old.rowid, old.`name`, old.`aliases`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `entity_text_fts_au` AFTER UPDATE OF `name`, `aliases`, `description` ON `entities` BEGIN
  INSERT INTO `entity_text_fts`(`entity_text_fts`, rowid, `name`, `aliases`, `description`) VALUES ('delete', old.rowid, old.`name`, old.`aliases`, old.`description`);
  INSERT INTO `entity_text_fts`(rowid, `name`, `aliases`, `description`) VALUES (new.rowid, new.`name`, new.`aliases`, new.`description`);
END;
--> statement-breakpoint
INSERT INTO `entity_text_fts`(`entity_text_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `events_fts` USING fts5(
  `title`, `description`,
  content='events', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `events_fts_ai` AFTER INSERT ON `events` BEGIN
  INSERT INTO `events_fts`(rowid, `title`, `description`) VALUES (new.rowid, new.`title`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_ad` AFTER DELETE ON `events` BEGIN
  INSERT INTO `events_fts`(`events_fts`, rowid, `title`, `description`) VALUES ('delete', old.rowid, old.`title`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_fts_au` AFTER UPDATE OF `title`, `description` ON `events` BEGIN
  INSERT INTO `events_fts`(`events_fts`, rowid, `title`, `description`) VALUES ('delete', old.rowid, old.`title`, old.`description`);
  INSERT INTO `events_fts`(rowid, `title`, `description`) VALUES (new.rowid, new.`title`, new.`description`);
END;
--> statement-breakpoint
INSERT INTO `events_fts`(`events_fts`) VALUES ('rebuild');
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `sources_fts_au`;
--> statement-breakpoint
DROP TABLE `sources_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(
  `title`, `author`, `publisher`, `description`, `text`,
  content='sources', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `sources_fts_ai` AFTER INSERT ON `sources` BEGIN
  INSERT INTO `sources_fts`(rowid, `title`, `author`, `publisher`, `description`, `text`)
  VALUES (new.rowid, new.`title`, new.`author`, new.`publisher`, new.`description`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_ad` AFTER DELETE ON `sources` BEGIN
  INSERT INTO `sources_fts`(`sources_fts`, rowid, `title`, `author`, `publisher`, `description`, `text`)
  VALUES ('delete', old.rowid, old.`title`, old.`author`, old.`publisher`, old.`description`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_au` AFTER UPDATE OF `title`, `author`, `publisher`, `description`, `text` ON `sources` BEGIN
  INSERT INTO `sources_fts`(`sources_fts`, rowid, `title`, `author`, `publisher`, `description`, `text`)
  VALUES ('delete', old.rowid, old.`title`, old.`author`, old.`publisher`, old.`description`, old.`text`);
  INSERT INTO `sources_fts`(rowid, `title`, `author`, `publisher`, `description`, `text`)
  VALUES (new.rowid, new.`title`, new.`author`, new.`publisher`, new.`description`, new.`text`);
END;
--> statement-breakpoint
INSERT INTO `sources_fts`(`sources_fts`) VALUES ('rebuild');
--> statement-breakpoint
DROP TRIGGER IF EXISTS `annotations_fts_ai`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `annotations_fts_ad`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `annotations_fts_au`;
--> statement-breakpoint
DROP TABLE `annotations_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `annotations_fts` USING fts5(
  `body`, `tags`,
  content='annotations', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `annotations_fts_ai` AFTER INSERT ON `annotations` BEGIN
  INSERT INTO `annotations_fts`(rowid, `body`, `tags`) VALUES (new.rowid, new.`body`, new.`tags`);
END;
--> statement-breakpoint
CREATE TRIGGER `annotations_fts_ad` AFTER DELETE ON `annotations` BEGIN
  INSERT INTO `annotations_fts`(`annotations_fts`, rowid, `body`, `tags`) VALUES ('delete', old.rowid, old.`body`, old.`tags`);
END;
--> statement-breakpoint
CREATE TRIGGER `annotations_fts_au` AFTER UPDATE OF `body`, `tags` ON `annotations` BEGIN
  INSERT INTO `annotations_fts`(`annotations_fts`, rowid, `body`, `tags`) VALUES ('delete', old.rowid, old.`body`, old.`tags`);
  INSERT INTO `annotations_fts`(rowid, `body`, `tags`) VALUES (new.rowid, new.`body`, new.`tags`);
END;
--> statement-breakpoint
INSERT INTO `annotations_fts`(`annotations_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `entity_names_vocab` USING fts5vocab(`entity_names_fts`, 'row');
