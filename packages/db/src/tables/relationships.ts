import { datePrecisions, predicates } from "@casefile/schema/enums";
import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { factColumns, recordColumns } from "./columns";
import { entities } from "./entities";

/** subject -> predicate -> object, e.g. Netyksho COMMANDS Unit 26165. */
export const relationships = sqliteTable(
  "relationships",
  {
    ...recordColumns,
    ...factColumns,
    subjectId: text()
      .notNull()
      .references(() => entities.id),
    predicate: text({ enum: predicates }).notNull(),
    objectId: text()
      .notNull()
      .references(() => entities.id),
    startDate: text(),
    startDatePrecision: text({ enum: datePrecisions }),
    endDate: text(),
    endDatePrecision: text({ enum: datePrecisions }),
    description: text(),
  },
  (t) => [
    // With id last, a page of one entity's links reads straight off the index in list order.
    index("relationships_subject_idx").on(t.subjectId, t.predicate, t.id),
    index("relationships_object_idx").on(t.objectId, t.predicate, t.id),
  ],
);

export type RelationshipRow = typeof relationships.$inferSelect;
