-- Full-text search (FTS5). External-content tables index the text columns of entities,
-- sources and annotations without storing a second copy; triggers keep them in step with
-- every insert, update and delete. They are keyed by each table's implicit rowid, which a
-- plain VACUUM may renumber: run `casefile reindex` after one (backups copy pages and are safe).
-- unicode61 with remove_diacritics folds case and accents; the prefix indexes make
-- type-ahead (`guc*`) an index lookup.
CREATE VIRTUAL TABLE `entities_fts` USING fts5(
  `name`, `aliases`, `description`,
  content='entities', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `entities_fts_ai` AFTER INSERT ON `entities` BEGIN
  INSERT INTO `entities_fts`(rowid, `name`, `aliases`, `description`)
  VALUES (new.rowid, new.`name`, new.`aliases`, new.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `entities_fts_ad` AFTER DELETE ON `entities` BEGIN
  INSERT INTO `entities_fts`(`entities_fts`, rowid, `name`, `aliases`, `description`)
  VALUES ('delete', old.rowid, old.`name`, old.`aliases`, old.`description`);
END;
--> statement-breakpoint
CREATE TRIGGER `entities_fts_au` AFTER UPDATE OF `name`, `aliases`, `description` ON `entities` BEGIN
  INSERT INTO `entities_fts`(`entities_fts`, rowid, `name`, `aliases`, `description`)
  VALUES ('delete', old.rowid, old.`name`, old.`aliases`, old.`description`);
  INSERT INTO `entities_fts`(rowid, `name`, `aliases`, `description`)
  VALUES (new.rowid, new.`name`, new.`aliases`, new.`description`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `sources_fts` USING fts5(
  `title`, `text`,
  content='sources', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `sources_fts_ai` AFTER INSERT ON `sources` BEGIN
  INSERT INTO `sources_fts`(rowid, `title`, `text`) VALUES (new.rowid, new.`title`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_ad` AFTER DELETE ON `sources` BEGIN
  INSERT INTO `sources_fts`(`sources_fts`, rowid, `title`, `text`) VALUES ('delete', old.rowid, old.`title`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `sources_fts_au` AFTER UPDATE OF `title`, `text` ON `sources` BEGIN
  INSERT INTO `sources_fts`(`sources_fts`, rowid, `title`, `text`) VALUES ('delete', old.rowid, old.`title`, old.`text`);
  INSERT INTO `sources_fts`(rowid, `title`, `text`) VALUES (new.rowid, new.`title`, new.`text`);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `annotations_fts` USING fts5(
  `body`, `tags`,
  content='annotations', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'
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
-- Citations and annotations point at their target by (type, id), which no foreign key can
-- express; these triggers remove them with the record they are about, so nothing dangles.
CREATE TRIGGER `cases_provenance_ad` AFTER DELETE ON `cases` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'CASE' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'CASE' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `entities_provenance_ad` AFTER DELETE ON `entities` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'ENTITY' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'ENTITY' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `case_roles_provenance_ad` AFTER DELETE ON `case_roles` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'CASE_ROLE' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'CASE_ROLE' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `relationships_provenance_ad` AFTER DELETE ON `relationships` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'RELATIONSHIP' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'RELATIONSHIP' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_provenance_ad` AFTER DELETE ON `events` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'EVENT' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'EVENT' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_participants_provenance_ad` AFTER DELETE ON `event_participants` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'EVENT_PARTICIPANT' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'EVENT_PARTICIPANT' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `charges_provenance_ad` AFTER DELETE ON `charges` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'CHARGE' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'CHARGE' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `charge_defendants_provenance_ad` AFTER DELETE ON `charge_defendants` BEGIN
  DELETE FROM `citations` WHERE `target_type` = 'CHARGE_DEFENDANT' AND `target_id` = old.`id`;
  DELETE FROM `annotations` WHERE `target_type` = 'CHARGE_DEFENDANT' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_provenance_ad` AFTER DELETE ON `sources` BEGIN
  DELETE FROM `annotations` WHERE `target_type` = 'SOURCE' AND `target_id` = old.`id`;
END;
--> statement-breakpoint
-- Replies go with the annotation they answer.
CREATE TRIGGER `annotations_replies_ad` AFTER DELETE ON `annotations` BEGIN
  DELETE FROM `annotations` WHERE `parent_id` = old.`id`;
END;
