/**
 * Everything specific to SQLite lives in this package: opening the file with the right pragmas,
 * migrations (including the FTS5 tables and triggers), online backup, and the full-text query
 * syntax. A PostgreSQL backend would replace this package, not the API or the dashboard.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as tables from "@casefile/schema/tables";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { ftsIndexes, restoreDeferredIndexes } from "./bulk.js";

export {
  type BulkBatch,
  BulkImportError,
  type BulkOptions,
  type BulkResult,
  type BulkSessionOptions,
  type BulkSessionSummary,
  type BulkTable,
  beginBulkSession,
  bulkImport,
  bulkTables,
} from "./bulk.js";
export { BulkFileError, type BulkFileOptions, type BulkFileResult, bulkImportFile } from "./bulk-file.js";
export { type SearchTerm, searchTerms, searchWords, termsToFts, toFtsQuery } from "./fts.js";
export { appendRevision, diffRecords, type FieldChanges, type RevisionInput, sameValue } from "./revisions.js";
export { placeholders, Queries, toRecord } from "./rows.js";

export type Schema = typeof tables;
export type Db = BetterSQLite3Database<Schema>;
export type Sqlite = Database.Database;

export interface Store {
  /** Drizzle over the connection (typed queries). */
  db: Db;
  /** The raw better-sqlite3 connection (prepared statements, transactions, backup). */
  sqlite: Sqlite;
  path: string;
  close(): void;
}

export interface OpenOptions {
  readonly?: boolean;
  /** Called with the SQL of every statement executed (used to count statements per request). */
  onStatement?: (sql: string) => void;
}

export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/** Opens (creating if needed) a database file with WAL, foreign keys and a busy timeout. */
export function openStore(path: string, options: OpenOptions = {}): Store {
  const isMemory = path === ":memory:";
  const fullPath = isMemory ? path : resolve(path);
  if (!isMemory && !options.readonly) mkdirSync(dirname(fullPath), { recursive: true });
  const sqlite = new Database(fullPath, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    verbose: options.onStatement ? (message) => options.onStatement?.(String(message)) : undefined,
  });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // WAL makes NORMAL durable against application crashes; only power loss can cost the last commits.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("cache_size = -64000");
  sqlite.pragma("temp_store = MEMORY");
  const db = drizzle({ client: sqlite, schema: tables, casing: "snake_case" });
  return { db, sqlite, path: fullPath, close: () => sqlite.close() };
}

/** Number of migrations committed in packages/db/migrations. */
export function committedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/** Applies every committed migration not yet applied (forward only), then builds any indexes a killed bulk session left unbuilt. */
export function migrateStore(store: Store): void {
  migrate(store.db, { migrationsFolder });
  // Indexes a bulk session dropped and did not live to rebuild (see beginBulkSession).
  restoreDeferredIndexes(store);
}

/** Opens and migrates in one step: what servers and commands normally want. */
export function openMigratedStore(path: string, options: OpenOptions = {}): Store {
  const store = openStore(path, options);
  migrateStore(store);
  return store;
}

/**
 * Copies a live database to `destination` with SQLite's online backup API: consistent even
 * while other connections write, and safe to run on a serving database.
 */
export async function backupStore(store: Store, destination: string, onProgress?: (fraction: number) => void) {
  mkdirSync(dirname(resolve(destination)), { recursive: true });
  await store.sqlite.backup(resolve(destination), {
    progress({ totalPages, remainingPages }) {
      onProgress?.(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
      return 200;
    },
  });
}

/** Checks the file's integrity; returns "ok" or SQLite's list of problems. */
export function checkIntegrity(store: Store): string {
  const rows = store.sqlite.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join("\n");
}

/** Rebuilds the full-text indexes from their tables (after a plain VACUUM, or to repair). */
export function rebuildSearchIndex(store: Store): void {
  for (const indexes of Object.values(ftsIndexes)) {
    for (const { fts } of indexes ?? []) store.sqlite.exec(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  }
}

/** Runs `fn` in an IMMEDIATE transaction (takes the write lock up front: no upgrade deadlocks). */
export function writeTransaction<T>(store: Store, fn: () => T): T {
  return store.sqlite.transaction(fn).immediate();
}
