import { datePrecisions, eventKinds, participantRoles } from "@casefile/schema/enums";
import { index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { cases } from "./cases";
import { factColumns, recordColumns } from "./columns";
import { entities } from "./entities";

export const events = sqliteTable(
  "events",
  {
    ...recordColumns,
    ...factColumns,
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    title: text().notNull(),
    kind: text({ enum: eventKinds }).notNull(),
    /** As known: "2016", "2016-07" or "2016-07-22". */
    date: text().notNull(),
    datePrecision: text({ enum: datePrecisions }).notNull(),
    endDate: text(),
    endDatePrecision: text({ enum: datePrecisions }),
    /** First calendar day the event may fall on (derived from date), for ordering. */
    rangeStart: text().notNull(),
    /** Last calendar day the event may cover (derived from endDate, else date). */
    rangeEnd: text().notNull(),
    placeId: text().references(() => entities.id),
    description: text(),
  },
  (t) => [
    index("events_case_range_idx").on(t.caseId, t.rangeStart, t.id),
    index("events_range_idx").on(t.rangeStart, t.id),
    index("events_place_idx").on(t.placeId),
  ],
);

export const eventParticipants = sqliteTable(
  "event_participants",
  {
    ...recordColumns,
    ...factColumns,
    eventId: text()
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    entityId: text()
      .notNull()
      .references(() => entities.id),
    role: text({ enum: participantRoles }).notNull(),
  },
  (t) => [
    uniqueIndex("event_participants_event_entity_role_idx").on(t.eventId, t.entityId, t.role),
    // Covers the entity page's events-by-participant query and its count (migration 0008).
    index("event_participants_entity_idx").on(t.entityId, t.eventId, t.role),
  ],
);

export type EventRow = typeof events.$inferSelect;
export type EventParticipantRow = typeof eventParticipants.$inferSelect;
