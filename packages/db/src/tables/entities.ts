import {
  artifactKinds,
  caseRoles,
  datePrecisions,
  entityKinds,
  type FactStatus,
  organizationKinds,
  personaKinds,
  placeKinds,
} from "@casefile/schema/enums";
import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { cases } from "./cases";
import { factColumns, recordColumns } from "./columns";

/**
 * Every entity kind in one table: the kinds share most columns and are queried together
 * (directory, search, graph), and one table keeps those queries to a single index scan.
 * Kind-specific columns are null for the other kinds.
 */
export const entities = sqliteTable(
  "entities",
  {
    ...recordColumns,
    ...factColumns,
    kind: text({ enum: entityKinds }).notNull(),
    name: text().notNull(),
    /** JSON array of alternative names. */
    aliases: text({ mode: "json" }).$type<string[]>().notNull().default([]),
    description: text(),
    /**
     * Status and confidence of single fields where they differ from the entity's own, e.g.
     * { "rank": { "status": "UNVERIFIED", "confidence": 30 } }.
     */
    fieldStatuses: text({ mode: "json" })
      .$type<Record<string, { status: FactStatus; confidence: number }>>()
      .notNull()
      .default({}),
    // Person
    rank: text(),
    position: text(),
    nationality: text(),
    birthDate: text(),
    birthDatePrecision: text({ enum: datePrecisions }),
    // Organization
    organizationKind: text({ enum: organizationKinds }),
    parentId: text().references((): AnySQLiteColumn => entities.id),
    // Organization and Place
    country: text(),
    // OnlinePersona
    personaKind: text({ enum: personaKinds }),
    platform: text(),
    url: text(),
    // Place
    placeKind: text({ enum: placeKinds }),
    // Artifact
    artifactKind: text({ enum: artifactKinds }),
    /** Set when this entity was merged into another: it then only redirects there. */
    mergedIntoId: text().references((): AnySQLiteColumn => entities.id),
  },
  (t) => [
    index("entities_kind_name_idx").on(t.kind, t.name, t.id),
    index("entities_name_idx").on(t.name, t.id),
    index("entities_parent_idx").on(t.parentId),
    index("entities_merged_into_idx").on(t.mergedIntoId),
  ],
);

/** An entity's part in a case: defendant, victim, judge... */
export const caseRolesTable = sqliteTable(
  "case_roles",
  {
    ...recordColumns,
    ...factColumns,
    caseId: text()
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    entityId: text()
      .notNull()
      .references(() => entities.id),
    role: text({ enum: caseRoles }).notNull(),
    description: text(),
    /** Display order within the case (defendants keep the indictment's order). */
    position: integer().notNull().default(0),
  },
  (t) => [
    uniqueIndex("case_roles_case_entity_role_idx").on(t.caseId, t.entityId, t.role),
    index("case_roles_entity_idx").on(t.entityId),
    index("case_roles_case_role_idx").on(t.caseId, t.role, t.position),
  ],
);

export type EntityRow = typeof entities.$inferSelect;
export type CaseRoleRow = typeof caseRolesTable.$inferSelect;
