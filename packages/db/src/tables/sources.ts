import { datePrecisions, sourceKinds, targetTypes } from "@casefile/schema/enums";
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { recordColumns } from "./columns";
import { users } from "./users";

export const sources = sqliteTable("sources", {
  ...recordColumns,
  kind: text({ enum: sourceKinds }).notNull(),
  title: text().notNull(),
  publisher: text(),
  author: text(),
  url: text(),
  publishedDate: text(),
  publishedDatePrecision: text({ enum: datePrecisions }),
  /** What the source is and how far to trust it. */
  description: text(),
  /** Full text when we hold it; null for metadata-only sources (cited by locator). */
  text: text(),
  /** Grows by one each time the text changes; anchors record the version they were made on. */
  textVersion: integer().notNull().default(1),
});

/**
 * A W3C Web Annotation style anchor into a source: TextQuoteSelector (exact, prefix, suffix)
 * plus TextPositionSelector (start, end) for sources with text, or a locator ("¶35", "p. 41").
 */
const anchorColumns = {
  exact: text(),
  prefix: text(),
  suffix: text(),
  startOffset: integer(),
  endOffset: integer(),
  /** True when an edit of the source text left the quote unfindable. Never dropped. */
  isOrphaned: integer({ mode: "boolean" }).notNull().default(false),
};

/** Ties a fact (any record, optionally one field of it) to the source passage supporting it. */
export const citations = sqliteTable(
  "citations",
  {
    ...recordColumns,
    sourceId: text()
      .notNull()
      .references(() => sources.id),
    targetType: text({ enum: targetTypes }).notNull(),
    targetId: text().notNull(),
    /** The field of the target the citation supports (e.g. "rank"); null: the record as a whole. */
    field: text(),
    ...anchorColumns,
    locator: text(),
    note: text(),
    createdById: text().references(() => users.id),
  },
  (t) => [
    index("citations_target_idx").on(t.targetId, t.targetType),
    index("citations_source_idx").on(t.sourceId, t.startOffset),
  ],
);

/** An editor's note on a record or on a passage of a source; replies form a thread. */
export const annotations = sqliteTable(
  "annotations",
  {
    ...recordColumns,
    targetType: text({ enum: targetTypes }).notNull(),
    targetId: text().notNull(),
    /** Case the annotation belongs to, for the case's activity and open-question lists. */
    caseId: text(),
    parentId: text(),
    authorId: text()
      .notNull()
      .references(() => users.id),
    /** Markdown; sanitized when shown. */
    body: text().notNull(),
    tags: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    status: text({ enum: ["OPEN", "RESOLVED"] })
      .notNull()
      .default("OPEN"),
    resolvedAt: text(),
    resolvedById: text().references(() => users.id),
    ...anchorColumns,
  },
  (t) => [
    index("annotations_target_idx").on(t.targetId, t.targetType),
    index("annotations_parent_idx").on(t.parentId),
    index("annotations_case_status_idx").on(t.caseId, t.status),
  ],
);

/**
 * Mention suggestions an editor rejected for a source (`Source.mentionSuggestions` leaves them
 * out). `key` is the suggestion's key, which holds its offset: a rejection holds for the text
 * version it was made on. Working data of the editing flow, not part of the case: not exported
 * in bundles, and gone with the source.
 */
export const mentionRejections = sqliteTable(
  "mention_rejections",
  {
    sourceId: text()
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** The source's `textVersion` when the suggestion was rejected. */
    textVersion: integer().notNull(),
    rejectedById: text().references(() => users.id),
    rejectedAt: text().notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.key] })],
);

export type SourceRow = typeof sources.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
export type AnnotationRow = typeof annotations.$inferSelect;
export type MentionRejectionRow = typeof mentionRejections.$inferSelect;
