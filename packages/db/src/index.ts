/**
 * Everything specific to SQLite lives in this package: opening the file with the right pragmas,
 * migrations (including the FTS5 tables and triggers), online backup, and the full-text query
 * syntax. A PostgreSQL backend would replace this package, not the API or the dashboard.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { ftsIndexes, restoreDeferredIndexes } from "./bulk.js";
import * as tables from "./tables/index.js";

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
export { type CanonicalDump, canonicalDump, type DumpOptions, derivedTables } from "./dump.js";
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
  /** SQLite's `synchronous`: default from CASEFILE_SQLITE_SYNCHRONOUS, else normal (see sqliteSynchronous). */
  synchronous?: SynchronousMode;
}

export const synchronousModes = ["normal", "full"] as const;
export type SynchronousMode = (typeof synchronousModes)[number];

/**
 * CASEFILE_SQLITE_SYNCHRONOUS: `normal` (the default; with WAL, a commit survives a crash of the
 * process, and power loss can cost the last commits) or `full` (every commit is fsynced before
 * it is acknowledged: it survives power loss, at the cost of slower writes).
 */
export function sqliteSynchronous(env: Record<string, string | undefined> = process.env): SynchronousMode {
  const value = env.CASEFILE_SQLITE_SYNCHRONOUS;
  if (value === undefined || value === "") return "normal";
  const mode = value.toLowerCase();
  if (!(synchronousModes as readonly string[]).includes(mode)) {
    throw new Error(`CASEFILE_SQLITE_SYNCHRONOUS must be normal or full (got "${value}")`);
  }
  return mode as SynchronousMode;
}

/** Largest size the WAL file is truncated back to after a checkpoint (without it, it keeps its high-water mark). */
export const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** Imports of at least this many rows checkpoint the WAL into the database and truncate it when they commit. */
export const LARGE_IMPORT_ROWS = 10_000;

/**
 * Copies the WAL into the database and truncates it to zero bytes (waiting, up to the busy
 * timeout, for readers of older snapshots). Returns false if a reader kept it from finishing.
 */
export function checkpointWal(store: Store): boolean {
  const [result] = store.sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  return result?.busy === 0;
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
  // WAL makes NORMAL durable against application crashes; only power loss can cost the last
  // commits. FULL (CASEFILE_SQLITE_SYNCHRONOUS=full) also survives power loss.
  sqlite.pragma(`synchronous = ${(options.synchronous ?? sqliteSynchronous()).toUpperCase()}`);
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  sqlite.pragma("cache_size = -64000");
  sqlite.pragma("temp_store = MEMORY");
  const db = drizzle({ client: sqlite, schema: tables, casing: "snake_case" });
  const store = { db, sqlite, path: fullPath, close: () => sqlite.close() };
  if (!isMemory) {
    const { dev, ino } = statSync(fullPath);
    openedFiles.set(store, { dev, ino });
  }
  return store;
}

/** The file each store opened (device and inode), to notice when it is replaced or deleted under it. */
const openedFiles = new WeakMap<Store, { dev: number; ino: number }>();

/**
 * Null while `store.path` is still the file the store opened; otherwise what happened to it (a
 * restore by renaming a file over it, or a deletion). A connection to a replaced file goes on
 * reading and writing the old, unlinked one: every write it makes after that is lost. For
 * readiness checks.
 */
export function storeFileProblem(store: Store): string | null {
  const opened = openedFiles.get(store);
  if (!opened) return null;
  let current: { dev: number; ino: number };
  try {
    current = statSync(store.path);
  } catch {
    return `the database file ${store.path} was deleted while open: writes go to the deleted file and will be lost`;
  }
  if (current.dev !== opened.dev || current.ino !== opened.ino) {
    return `the database file ${store.path} was replaced by another file while open: restart to use it (writes go to the old file and will be lost)`;
  }
  return null;
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
 * Copies a live database to `destination`, safe while the API is serving: `VACUUM INTO` writes a
 * consistent snapshot (one read transaction, so writers go on and nothing restarts, unlike the
 * online backup API, which starts over after every write by another connection) to a temporary
 * file beside the destination; the copy is made a single self-contained file (rollback journal),
 * fsynced, checked with SQLite's integrity check, and only then renamed over `destination`.
 */
export async function backupStore(store: Store, destination: string): Promise<void> {
  const target = resolve(destination);
  if (target === store.path) throw new Error(`the backup file must be another file, not the database itself (${target})`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  rmSync(partial, { force: true });
  try {
    store.sqlite.prepare("VACUUM INTO ?").run(partial);
    const copy = new Database(partial, { fileMustExist: true });
    let integrity: string;
    try {
      copy.pragma("journal_mode = DELETE");
      integrity = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("\n");
    } finally {
      copy.close();
    }
    if (integrity !== "ok")
      throw new Error(`the backup copy failed SQLite's integrity check, nothing was written to ${target}:\n${integrity}`);
    const fd = openSync(partial, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
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
