/**
 * The SQLite engine: one file, opened with the right pragmas, as a Store (../store/types.ts).
 * Two connections: one for write transactions (serialized by `write`), one for reads, which in
 * WAL mode see the last committed state and never wait for a writer. Also migrations, online
 * backup, integrity checks, and the WAL's housekeeping.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { createDomains, type Domains } from "../store/domains.js";
import { createLoaders, type Loaders } from "../store/loaders.js";
import { NestedWriteError, type Store, type StoreCore, type Tx } from "../store/types.js";
import * as tables from "../tables/index.js";
import { ftsIndexes, restoreDeferredIndexes } from "./bulk.js";
import { Queries } from "./queries.js";
import { SqliteSearchIndex } from "./search.js";
import { SqliteSession } from "./session.js";

export type Schema = typeof tables;
export type Db = BetterSQLite3Database<Schema>;
export type Sqlite = Database.Database;

/** Which store a write transaction in progress belongs to (to refuse nested writes). */
const writing = new AsyncLocalStorage<SqliteEngine>();

/** The SQLite store: its own operations, and every domain store (assigned in the constructor). */
export type SqliteStore = SqliteEngine & Domains;

class SqliteEngine implements Omit<Store, keyof Domains> {
  readonly engine = "sqlite" as const;
  /** The read side: autocommit statements on the read connection. */
  readonly session: SqliteSession;
  /** Full-text search (FTS5), on the read side. */
  readonly search: SqliteSearchIndex;
  /** Statements on the write connection (write transactions, migrations, imports). */
  readonly queries: Queries;
  private readonly writeSession: SqliteSession;
  private lock: Promise<void> = Promise.resolve();
  private readonly begin;
  private readonly commit;
  private readonly rollback;

  constructor(
    /** Drizzle over the write connection (migrations). */
    readonly db: Db,
    /** The write connection (transactions, imports, backup). */
    readonly sqlite: Sqlite,
    /** The read connection (the same as `sqlite` for :memory: and read-only stores). */
    readonly reader: Sqlite,
    readonly path: string,
  ) {
    this.queries = new Queries(sqlite);
    this.session = new SqliteSession(reader === sqlite ? this.queries : new Queries(reader), false);
    this.writeSession = new SqliteSession(this.queries, true);
    this.search = new SqliteSearchIndex(this.session);
    Object.assign(this, createDomains(this.session));
    this.begin = sqlite.prepare("BEGIN IMMEDIATE");
    this.commit = sqlite.prepare("COMMIT");
    this.rollback = sqlite.prepare("ROLLBACK");
  }

  get location(): string {
    return this.path;
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (writing.getStore() === this) throw new NestedWriteError();
    const previous = this.lock;
    let release = () => {};
    this.lock = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      // IMMEDIATE takes the write lock up front (no upgrade deadlocks); SQLITE_BUSY here means
      // another process holds it, and nothing was written.
      this.begin.run();
      try {
        const tx: Tx = { session: this.writeSession, ...createDomains(this.writeSession) };
        const result = await writing.run(this, () => work(tx));
        this.commit.run();
        return result;
      } catch (error) {
        if (this.sqlite.inTransaction) this.rollback.run();
        throw error;
      }
    } finally {
      release();
    }
  }

  createLoaders(): Loaders {
    return createLoaders(this.session);
  }

  /** How long a statement waits for a lock held by another process before SQLITE_BUSY. */
  setBusyTimeout(ms: number): void {
    this.sqlite.pragma(`busy_timeout = ${ms}`);
    if (this.reader !== this.sqlite) this.reader.pragma(`busy_timeout = ${ms}`);
  }

  async close(): Promise<void> {
    this.closeNow();
  }

  /** Closes both connections at once (for synchronous exits). */
  closeNow(): void {
    if (this.reader !== this.sqlite && this.reader.open) this.reader.close();
    if (this.sqlite.open) this.sqlite.close();
  }
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
export function checkpointWal(store: SqliteStore): boolean {
  const [result] = store.sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
  return result?.busy === 0;
}

export const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Opens (creating if needed) a database file with WAL, foreign keys and a busy timeout. */
export function openStore(path: string, options: OpenOptions = {}): SqliteStore {
  const isMemory = path === ":memory:";
  const fullPath = isMemory ? path : resolve(path);
  if (!isMemory && !options.readonly) mkdirSync(dirname(fullPath), { recursive: true });
  const verbose = options.onStatement ? (message: unknown) => options.onStatement?.(String(message)) : undefined;
  const sqlite = new Database(fullPath, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    verbose,
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
  // The read connection: read-only, so a write outside a transaction fails loudly.
  let reader = sqlite;
  if (!isMemory && !options.readonly) {
    reader = new Database(fullPath, { readonly: true, fileMustExist: true, verbose });
    reader.pragma("busy_timeout = 5000");
    reader.pragma("cache_size = -64000");
    reader.pragma("temp_store = MEMORY");
  }
  // The domain stores are assigned by the constructor (Object.assign), which TypeScript cannot see.
  const store = new SqliteEngine(db, sqlite, reader, fullPath) as SqliteStore;
  if (!isMemory) {
    const { dev, ino } = statSync(fullPath);
    openedFiles.set(store, { dev, ino });
  }
  return store;
}

/** The file each store opened (device and inode), to notice when it is replaced or deleted under it. */
const openedFiles = new WeakMap<SqliteStore, { dev: number; ino: number }>();

/**
 * Null while `store.path` is still the file the store opened; otherwise what happened to it (a
 * restore by renaming a file over it, or a deletion). A connection to a replaced file goes on
 * reading and writing the old, unlinked one: every write it makes after that is lost. For
 * readiness checks.
 */
export function storeFileProblem(store: SqliteStore): string | null {
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

/** Thrown when an operation that only the SQLite engine has so far is asked of another store. */
export class EngineFeatureError extends Error {}

/**
 * The store as the SQLite engine, for the operations only it has so far (the bundle loader and
 * exporter, which FtM import and bundle export use); any other engine is a clear error.
 */
export function sqliteEngineOf(store: StoreCore, operation: string): SqliteStore {
  if (store instanceof SqliteEngine) return store as SqliteStore;
  throw new EngineFeatureError(`${operation} runs on the SQLite engine only for now; this store is ${store.engine}`);
}

/** Number of migrations committed in packages/db/migrations. */
export function committedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * Committed migrations not yet applied to the store's file (all of them when it has no
 * migrations table yet): for readiness checks.
 */
export function pendingMigrationCount(store: SqliteStore): number {
  try {
    const applied = store.sqlite.prepare("SELECT count(*) FROM __drizzle_migrations").pluck().get() as number;
    return Math.max(0, committedMigrationCount() - applied);
  } catch {
    return committedMigrationCount();
  }
}

/** The SQLite library's version, for reports. */
export function sqliteVersion(): string {
  const db = new Database(":memory:");
  try {
    return db.prepare("SELECT sqlite_version()").pluck().get() as string;
  } finally {
    db.close();
  }
}

/** Applies every committed migration not yet applied (forward only), then builds any indexes a killed bulk session left unbuilt. */
export function migrateStore(store: SqliteStore): void {
  migrate(store.db, { migrationsFolder });
  // Indexes a bulk session dropped and did not live to rebuild (see beginBulkSession).
  restoreDeferredIndexes(store);
}

/** Opens and migrates in one step: what servers and commands normally want. */
export function openMigratedStore(path: string, options: OpenOptions = {}): SqliteStore {
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
export async function backupStore(store: SqliteStore, destination: string): Promise<void> {
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
export function checkIntegrity(store: SqliteStore): string {
  const rows = store.sqlite.pragma("integrity_check") as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join("\n");
}

/** Rebuilds the full-text indexes from their tables (after a plain VACUUM, or to repair). */
export function rebuildSearchIndex(store: SqliteStore): void {
  for (const indexes of Object.values(ftsIndexes)) {
    for (const { fts } of indexes ?? []) store.sqlite.exec(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
  }
}

/** Runs `fn` in an IMMEDIATE transaction (takes the write lock up front: no upgrade deadlocks). */
export function writeTransaction<T>(store: SqliteStore, fn: () => T): T {
  return store.sqlite.transaction(fn).immediate();
}
