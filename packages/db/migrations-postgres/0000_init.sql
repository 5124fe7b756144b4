-- The schema of Casefile's tables on PostgreSQL: the same tables, columns and indexes as SQLite's
-- migrations (printed from the table definitions by scripts/postgres-schema.ts), with real types
-- where PostgreSQL has them: jsonb for JSON fields, boolean for flags. Timestamps stay ISO-8601
-- text, as on SQLite, so that a canonical dump of either engine is byte-identical.
-- Full-text search is not part of this migration (see the SearchIndex port).
CREATE TABLE "annotations" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "target_type" text NOT NULL,
  "target_id" text NOT NULL,
  "case_id" text,
  "parent_id" text,
  "author_id" text NOT NULL,
  "body" text NOT NULL,
  "tags" jsonb NOT NULL DEFAULT '[]'::jsonb,
  "status" text NOT NULL DEFAULT 'OPEN',
  "resolved_at" text,
  "resolved_by_id" text,
  "exact" text,
  "prefix" text,
  "suffix" text,
  "start_offset" integer,
  "end_offset" integer,
  "is_orphaned" boolean NOT NULL DEFAULT false
);
CREATE TABLE "api_tokens" (
  "id" text PRIMARY KEY,
  "user_id" text NOT NULL,
  "name" text NOT NULL,
  "token_hash" text NOT NULL UNIQUE,
  "role" text NOT NULL,
  "created_at" text NOT NULL,
  "last_used_at" text,
  "revoked_at" text
);
CREATE TABLE "auth_throttles" (
  "key" text PRIMARY KEY,
  "failures" integer NOT NULL,
  "window_start" text NOT NULL,
  "blocked_until" text,
  "expires_at" text NOT NULL
);
CREATE TABLE "case_roles" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "case_id" text NOT NULL,
  "entity_id" text NOT NULL,
  "role" text NOT NULL,
  "description" text,
  "position" integer NOT NULL DEFAULT 0
);
CREATE TABLE "cases" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "slug" text NOT NULL UNIQUE,
  "caption" text NOT NULL,
  "short_title" text,
  "docket_number" text,
  "court" text,
  "jurisdiction" text,
  "status" text NOT NULL,
  "filed_date" text,
  "filed_date_precision" text,
  "summary" text
);
CREATE TABLE "charge_defendants" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "charge_id" text NOT NULL,
  "entity_id" text NOT NULL
);
CREATE TABLE "charges" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "case_id" text NOT NULL,
  "count_number" integer NOT NULL,
  "title" text NOT NULL,
  "statute" text NOT NULL,
  "description" text
);
CREATE TABLE "citations" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "source_id" text NOT NULL,
  "target_type" text NOT NULL,
  "target_id" text NOT NULL,
  "field" text,
  "exact" text,
  "prefix" text,
  "suffix" text,
  "start_offset" integer,
  "end_offset" integer,
  "is_orphaned" boolean NOT NULL DEFAULT false,
  "locator" text,
  "note" text,
  "created_by_id" text
);
CREATE TABLE "entities" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "kind" text NOT NULL,
  "name" text NOT NULL,
  "aliases" jsonb NOT NULL DEFAULT '[]'::jsonb,
  "description" text,
  "field_statuses" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "rank" text,
  "position" text,
  "nationality" text,
  "birth_date" text,
  "birth_date_precision" text,
  "organization_kind" text,
  "parent_id" text,
  "country" text,
  "persona_kind" text,
  "platform" text,
  "url" text,
  "place_kind" text,
  "artifact_kind" text,
  "merged_into_id" text
);
CREATE TABLE "event_participants" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "event_id" text NOT NULL,
  "entity_id" text NOT NULL,
  "role" text NOT NULL
);
CREATE TABLE "events" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "case_id" text NOT NULL,
  "title" text NOT NULL,
  "kind" text NOT NULL,
  "date" text NOT NULL,
  "date_precision" text NOT NULL,
  "end_date" text,
  "end_date_precision" text,
  "range_start" text NOT NULL,
  "range_end" text NOT NULL,
  "place_id" text,
  "description" text
);
CREATE TABLE "mention_rejections" (
  "source_id" text NOT NULL,
  "key" text NOT NULL,
  "text_version" integer NOT NULL,
  "rejected_by_id" text,
  "rejected_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  PRIMARY KEY ("source_id", "key")
);
CREATE TABLE "relationships" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "status" text NOT NULL DEFAULT 'ALLEGED',
  "confidence" integer NOT NULL DEFAULT 50,
  "subject_id" text NOT NULL,
  "predicate" text NOT NULL,
  "object_id" text NOT NULL,
  "start_date" text,
  "start_date_precision" text,
  "end_date" text,
  "end_date_precision" text,
  "description" text
);
CREATE TABLE "revisions" (
  "id" bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  "record_type" text NOT NULL,
  "record_id" text NOT NULL,
  "case_id" text,
  "version" integer NOT NULL,
  "action" text NOT NULL,
  "actor_id" text,
  "created_at" text NOT NULL,
  "changes" jsonb NOT NULL,
  "snapshot" jsonb
);
CREATE TABLE "sessions" (
  "id" text PRIMARY KEY,
  "user_id" text NOT NULL,
  "created_at" text NOT NULL,
  "expires_at" text NOT NULL
);
CREATE TABLE "sources" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "kind" text NOT NULL,
  "title" text NOT NULL,
  "publisher" text,
  "author" text,
  "url" text,
  "published_date" text,
  "published_date_precision" text,
  "description" text,
  "text" text,
  "text_version" integer NOT NULL DEFAULT 1
);
CREATE TABLE "users" (
  "id" text PRIMARY KEY,
  "version" integer NOT NULL DEFAULT 1,
  "created_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "updated_at" text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  "email" text NOT NULL UNIQUE,
  "name" text NOT NULL,
  "role" text NOT NULL,
  "password_hash" text,
  "is_disabled" boolean NOT NULL DEFAULT false
);
ALTER TABLE "annotations" ADD FOREIGN KEY ("author_id") REFERENCES "users" ("id");
ALTER TABLE "annotations" ADD FOREIGN KEY ("resolved_by_id") REFERENCES "users" ("id");
CREATE INDEX "annotations_target_idx" ON "annotations" ("target_id", "target_type");
CREATE INDEX "annotations_parent_idx" ON "annotations" ("parent_id");
CREATE INDEX "annotations_case_status_idx" ON "annotations" ("case_id", "status");
ALTER TABLE "api_tokens" ADD FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" ("user_id");
CREATE INDEX "auth_throttles_expires_idx" ON "auth_throttles" ("expires_at");
ALTER TABLE "case_roles" ADD FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE CASCADE;
ALTER TABLE "case_roles" ADD FOREIGN KEY ("entity_id") REFERENCES "entities" ("id");
CREATE UNIQUE INDEX "case_roles_case_entity_role_idx" ON "case_roles" ("case_id", "entity_id", "role");
CREATE INDEX "case_roles_entity_idx" ON "case_roles" ("entity_id");
CREATE INDEX "case_roles_case_role_idx" ON "case_roles" ("case_id", "role", "position");
ALTER TABLE "charge_defendants" ADD FOREIGN KEY ("charge_id") REFERENCES "charges" ("id") ON DELETE CASCADE;
ALTER TABLE "charge_defendants" ADD FOREIGN KEY ("entity_id") REFERENCES "entities" ("id");
CREATE UNIQUE INDEX "charge_defendants_charge_entity_idx" ON "charge_defendants" ("charge_id", "entity_id");
CREATE INDEX "charge_defendants_entity_idx" ON "charge_defendants" ("entity_id");
ALTER TABLE "charges" ADD FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE CASCADE;
CREATE UNIQUE INDEX "charges_case_count_idx" ON "charges" ("case_id", "count_number");
ALTER TABLE "citations" ADD FOREIGN KEY ("source_id") REFERENCES "sources" ("id");
ALTER TABLE "citations" ADD FOREIGN KEY ("created_by_id") REFERENCES "users" ("id");
CREATE INDEX "citations_target_idx" ON "citations" ("target_id", "target_type");
CREATE INDEX "citations_source_idx" ON "citations" ("source_id", "start_offset");
ALTER TABLE "entities" ADD FOREIGN KEY ("parent_id") REFERENCES "entities" ("id");
ALTER TABLE "entities" ADD FOREIGN KEY ("merged_into_id") REFERENCES "entities" ("id");
CREATE INDEX "entities_kind_name_idx" ON "entities" ("kind", "name", "id");
CREATE INDEX "entities_name_idx" ON "entities" ("name", "id");
CREATE INDEX "entities_parent_idx" ON "entities" ("parent_id");
CREATE INDEX "entities_merged_into_idx" ON "entities" ("merged_into_id");
ALTER TABLE "event_participants" ADD FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE;
ALTER TABLE "event_participants" ADD FOREIGN KEY ("entity_id") REFERENCES "entities" ("id");
CREATE UNIQUE INDEX "event_participants_event_entity_role_idx" ON "event_participants" ("event_id", "entity_id", "role");
CREATE INDEX "event_participants_entity_idx" ON "event_participants" ("entity_id", "event_id", "role");
ALTER TABLE "events" ADD FOREIGN KEY ("case_id") REFERENCES "cases" ("id") ON DELETE CASCADE;
ALTER TABLE "events" ADD FOREIGN KEY ("place_id") REFERENCES "entities" ("id");
CREATE INDEX "events_case_range_idx" ON "events" ("case_id", "range_start", "id");
CREATE INDEX "events_range_idx" ON "events" ("range_start", "id");
CREATE INDEX "events_place_idx" ON "events" ("place_id");
ALTER TABLE "mention_rejections" ADD FOREIGN KEY ("source_id") REFERENCES "sources" ("id") ON DELETE CASCADE;
ALTER TABLE "mention_rejections" ADD FOREIGN KEY ("rejected_by_id") REFERENCES "users" ("id");
ALTER TABLE "relationships" ADD FOREIGN KEY ("subject_id") REFERENCES "entities" ("id");
ALTER TABLE "relationships" ADD FOREIGN KEY ("object_id") REFERENCES "entities" ("id");
CREATE INDEX "relationships_subject_idx" ON "relationships" ("subject_id", "predicate", "id");
CREATE INDEX "relationships_object_idx" ON "relationships" ("object_id", "predicate", "id");
ALTER TABLE "revisions" ADD FOREIGN KEY ("actor_id") REFERENCES "users" ("id");
CREATE INDEX "revisions_record_idx" ON "revisions" ("record_type", "record_id", "version");
CREATE INDEX "revisions_case_idx" ON "revisions" ("case_id", "id");
ALTER TABLE "sessions" ADD FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id");

-- Citations and annotations point at records of several tables (target_type, target_id), so no
-- foreign key can cascade them: these triggers remove them with their record, as SQLite's do
-- (migration 0001 there). Replies go with the annotation they answer.
CREATE FUNCTION casefile_delete_provenance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_ARGV[1] = 'true' THEN
    DELETE FROM "citations" WHERE "target_type" = TG_ARGV[0] AND "target_id" = OLD."id";
  END IF;
  DELETE FROM "annotations" WHERE "target_type" = TG_ARGV[0] AND "target_id" = OLD."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "cases_provenance_ad" AFTER DELETE ON "cases" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('CASE', 'true');
CREATE TRIGGER "entities_provenance_ad" AFTER DELETE ON "entities" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('ENTITY', 'true');
CREATE TRIGGER "case_roles_provenance_ad" AFTER DELETE ON "case_roles" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('CASE_ROLE', 'true');
CREATE TRIGGER "relationships_provenance_ad" AFTER DELETE ON "relationships" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('RELATIONSHIP', 'true');
CREATE TRIGGER "events_provenance_ad" AFTER DELETE ON "events" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('EVENT', 'true');
CREATE TRIGGER "event_participants_provenance_ad" AFTER DELETE ON "event_participants" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('EVENT_PARTICIPANT', 'true');
CREATE TRIGGER "charges_provenance_ad" AFTER DELETE ON "charges" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('CHARGE', 'true');
CREATE TRIGGER "charge_defendants_provenance_ad" AFTER DELETE ON "charge_defendants" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('CHARGE_DEFENDANT', 'true');
CREATE TRIGGER "sources_provenance_ad" AFTER DELETE ON "sources" FOR EACH ROW EXECUTE FUNCTION casefile_delete_provenance('SOURCE', 'false');

CREATE FUNCTION casefile_delete_replies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "annotations" WHERE "parent_id" = OLD."id";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "annotations_replies_ad" AFTER DELETE ON "annotations" FOR EACH ROW EXECUTE FUNCTION casefile_delete_replies();
