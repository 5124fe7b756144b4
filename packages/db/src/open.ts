/**
 * Opening the configured store, whichever engine holds it, and the operations every engine
 * answers for the API process (readiness, lock waits). A PostgreSQL URL selects PostgreSQL;
 * otherwise the SQLite file. Both are migrated forward before they are returned.
 */
import { migratePostgres, openPostgresStore, postgresMigrations, redactUrl } from "./postgres/store.js";
import {
  openMigratedStore,
  pendingMigrationCount,
  type SynchronousMode,
  sqliteEngineOf,
  storeFileProblem,
} from "./sqlite/store.js";
import type { Store, StoreCore } from "./store/types.js";

export interface ConfiguredStoreOptions {
  /** A PostgreSQL URL (postgres:// or postgresql://): when set, PostgreSQL is used, not `dbPath`. */
  databaseUrl?: string;
  /** The SQLite file used when there is no `databaseUrl`. */
  dbPath: string;
  /** SQLite's `synchronous` (PostgreSQL always commits synchronously). */
  synchronous?: SynchronousMode;
  /** Called with the SQL of every statement executed (to count statements per request). */
  onStatement?: (sql: string) => void;
  /** PostgreSQL: connections per pool (read and write each). */
  poolSize?: number;
}

/** True for a URL that selects the PostgreSQL engine. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}

/**
 * Opens the configured database and applies every committed migration not yet applied (forward
 * only): PostgreSQL when `databaseUrl` is set (the database must exist), else the SQLite file
 * at `dbPath` (created if missing).
 */
export async function openConfiguredStore(options: ConfiguredStoreOptions): Promise<Store> {
  const { databaseUrl } = options;
  if (databaseUrl === undefined || databaseUrl === "") {
    return openMigratedStore(options.dbPath, { synchronous: options.synchronous, onStatement: options.onStatement });
  }
  if (!isPostgresUrl(databaseUrl)) throw new Error(`not a PostgreSQL URL: ${redactUrl(databaseUrl)}`);
  try {
    await migratePostgres(databaseUrl);
  } catch (error) {
    throw new Error(`cannot open the PostgreSQL database ${redactUrl(databaseUrl)}: ${(error as Error).message}`);
  }
  return openPostgresStore(databaseUrl, { onStatement: options.onStatement, poolSize: options.poolSize });
}

/** What a readiness check reports about the store. */
export type EngineStatus =
  | { status: "ready"; pending: 0 }
  | { status: "migrations pending"; pending: number }
  | { status: "database file changed"; problem: string }
  | { status: "database unavailable"; problem: string };

/**
 * Whether the store can serve: the database answers, every committed migration is applied, and
 * (SQLite) its file is still the one this process opened, not deleted or swapped by hand.
 */
export async function engineStatus(store: StoreCore): Promise<EngineStatus> {
  if (store.engine === "sqlite") {
    const sqlite = sqliteEngineOf(store, "The SQLite readiness check");
    const problem = storeFileProblem(sqlite);
    if (problem) return { status: "database file changed", problem };
    const pending = pendingMigrationCount(sqlite);
    return pending === 0 ? { status: "ready", pending } : { status: "migrations pending", pending };
  }
  let applied: Set<string>;
  try {
    const exists = await store.session.value<string | null>("SELECT to_regclass('casefile_migrations')::text");
    const rows = exists ? await store.session.all<{ name: string }>("SELECT name FROM casefile_migrations") : [];
    applied = new Set(rows.map((r) => r.name));
  } catch (error) {
    return { status: "database unavailable", problem: `${store.location}: ${(error as Error).message}` };
  }
  const pending = postgresMigrations().filter((m) => !applied.has(m.name)).length;
  return pending === 0 ? { status: "ready", pending } : { status: "migrations pending", pending };
}

/**
 * How long a statement of this process waits for a lock another connection holds before it
 * fails as busy. SQLite: its busy timeout, on both connections (a waiting statement blocks the
 * event loop, so the API keeps it short and retries writes asynchronously). PostgreSQL: nothing
 * to set, as a statement waiting for a lock waits asynchronously and holds up no other request.
 */
export function setLockWait(store: StoreCore, ms: number): void {
  if (store.engine === "sqlite") sqliteEngineOf(store, "The SQLite busy timeout").setBusyTimeout(ms);
}

/**
 * The message for an error raised because text held a character the engine cannot store (on
 * PostgreSQL, the NUL character U+0000, which its text type refuses; SQLite stores it), else
 * null: the write changed nothing, and the client should be told which input to fix.
 */
export function unstorableTextProblem(error: unknown): string | null {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if ((code === "22021" || code === "22P05") && typeof message === "string" && message.includes("0x00"))
    return "text must not contain the NUL character (U+0000): this database (PostgreSQL) cannot store it";
  return null;
}
