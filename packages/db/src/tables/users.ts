import { revisionActions, userRoles } from "@casefile/schema/enums";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { recordColumns } from "./columns";

export const users = sqliteTable("users", {
  ...recordColumns,
  email: text().notNull().unique(),
  name: text().notNull(),
  role: text({ enum: userRoles }).notNull(),
  /** scrypt hash; null for accounts that cannot sign in (the seed's author account). */
  passwordHash: text(),
  isDisabled: integer({ mode: "boolean" }).notNull().default(false),
});

/** Server-side sessions: the cookie holds a random secret, the table its SHA-256. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: text().notNull(),
    expiresAt: text().notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** API tokens for frontend developers; the secret is shown once and stored hashed. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    role: text({ enum: userRoles }).notNull(),
    createdAt: text().notNull(),
    lastUsedAt: text(),
    revokedAt: text(),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/**
 * Failed sign-in and API-token attempts, shared by every API process: one row per throttled key
 * (`account:<email>`, `account-address:<email>|<address>`, `address:<address>`,
 * `token-address:<address>`), plus `trusted:<user id>|<address>` rows remembering where an
 * account last signed in (an attack on the account from elsewhere does not slow those down).
 */
export const authThrottles = sqliteTable(
  "auth_throttles",
  {
    key: text().primaryKey(),
    /** Failures counted since `windowStart`. */
    failures: integer().notNull(),
    windowStart: text().notNull(),
    /** No attempt for this key is checked before this time (null: not blocked). */
    blockedUntil: text(),
    /** When the row may be forgotten. */
    expiresAt: text().notNull(),
  },
  (t) => [index("auth_throttles_expires_idx").on(t.expiresAt)],
);

/** One row per write: what changed, field by field, and the record as it stood after. */
export const revisions = sqliteTable(
  "revisions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recordType: text().notNull(),
    recordId: text().notNull(),
    caseId: text(),
    version: integer().notNull(),
    action: text({ enum: revisionActions }).notNull(),
    actorId: text().references(() => users.id),
    createdAt: text().notNull(),
    /** { field: { before, after } } for every field that changed. */
    changes: text({ mode: "json" }).$type<Record<string, { before: unknown; after: unknown }>>().notNull(),
    /** The record's fields after the write (null after a delete). */
    snapshot: text({ mode: "json" }).$type<Record<string, unknown> | null>(),
  },
  (t) => [index("revisions_record_idx").on(t.recordType, t.recordId, t.version), index("revisions_case_idx").on(t.caseId, t.id)],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type RevisionRow = typeof revisions.$inferSelect;
export type AuthThrottleRow = typeof authThrottles.$inferSelect;
