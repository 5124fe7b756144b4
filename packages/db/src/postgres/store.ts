/**
 * The PostgreSQL engine, as a Store (../store/types.ts). Two pools: one whose connections are
 * read-only (the read side: a write there fails loudly, as on SQLite's read connection) and one
 * for write transactions. Write transactions take a transaction-scoped advisory lock first, so
 * writes are serialized across every API process, exactly as SQLite's single writer serializes
 * them: a service that reads, checks a version and writes in one transaction never loses an
 * update, whatever the isolation level. Commits are synchronous (`synchronous_commit` on):
 * acknowledged means committed.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createDomains, type Domains } from "../store/domains.js";
import { createLoaders, type Loaders } from "../store/loaders.js";
import { NestedWriteError, type Store, type Tx } from "../store/types.js";
import { PostgresSearchIndex } from "./search.js";
import { PostgresSession, postgresTypes } from "./session.js";

/** The advisory lock key of Casefile's write transactions ("casefile" in ASCII, as a number). */
export const WRITE_LOCK_KEY = 0x63617365_66696c;

export const postgresMigrationsFolder = fileURLToPath(new URL("../../migrations-postgres", import.meta.url));

export interface PostgresOptions {
  /** Connections per pool (read and write each). Default 10. */
  poolSize?: number;
  /** Called with the SQL of every statement executed (to count statements per request). */
  onStatement?: (sql: string) => void;
}

const writing = new AsyncLocalStorage<PostgresEngine>();

/** The PostgreSQL store: its own operations, every domain store, and full-text search (./search.ts). */
export type PostgresStore = PostgresEngine & Domains;

/** A connection string without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(an invalid PostgreSQL URL)";
  }
}

function counting(pool: pg.Pool, onStatement?: (sql: string) => void): pg.Pool {
  if (!onStatement) return pool;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0] as string | { text: string };
      onStatement(typeof first === "string" ? first : first.text);
      return query(...args);
    };
  });
  return pool;
}

class PostgresEngine implements Omit<Store, keyof Domains> {
  readonly engine = "postgres" as const;
  readonly session: PostgresSession;
  /** Full-text search (tsvector side tables with GIN indexes), on the read side. */
  readonly search: PostgresSearchIndex;

  constructor(
    readonly url: string,
    private readonly readPool: pg.Pool,
    private readonly writePool: pg.Pool,
  ) {
    this.session = new PostgresSession(readPool, false);
    this.search = new PostgresSearchIndex(this.session);
    Object.assign(this, createDomains(this.session));
  }

  get location(): string {
    return redactUrl(this.url);
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    if (writing.getStore() === this) throw new NestedWriteError();
    const client = await this.writePool.connect();
    try {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK_KEY]);
        const session = new PostgresSession(client, true);
        const tx: Tx = { session, ...createDomains(session) };
        const result = await writing.run(this, () => work(tx));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    } finally {
      client.release();
    }
  }

  createLoaders(): Loaders {
    return createLoaders(this.session);
  }

  async close(): Promise<void> {
    await Promise.all([this.readPool.end(), this.writePool.end()]);
  }
}

/** Connects to a PostgreSQL database (it must exist; see migratePostgres for its schema). */
export function openPostgresStore(url: string, options: PostgresOptions = {}): PostgresStore {
  const base = { connectionString: url, max: options.poolSize ?? 10, types: postgresTypes };
  const readPool = counting(new pg.Pool({ ...base, options: "-c default_transaction_read_only=on" }), options.onStatement);
  const writePool = counting(new pg.Pool({ ...base, options: "-c synchronous_commit=on" }), options.onStatement);
  // The domain stores are assigned by the constructor (Object.assign), which TypeScript cannot see.
  return new PostgresEngine(url, readPool, writePool) as PostgresStore;
}

/** The committed PostgreSQL migrations, in the order they apply. */
export function postgresMigrations(): { name: string; sql: string }[] {
  return readdirSync(postgresMigrationsFolder)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${postgresMigrationsFolder}/${name}`, "utf8") }));
}

/**
 * Applies every committed migration not yet applied (forward only), each in its own transaction,
 * under the write lock so that two processes starting together do not both migrate.
 */
export async function migratePostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url, types: postgresTypes });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SET client_min_messages = warning");
    await client.query(
      `CREATE TABLE IF NOT EXISTS casefile_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const migration of postgresMigrations()) {
      await client.query("BEGIN");
      try {
        await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK_KEY]);
        const done = await client.query("SELECT 1 FROM casefile_migrations WHERE name = $1", [migration.name]);
        if (done.rowCount === 0) {
          await client.query(migration.sql);
          await client.query("INSERT INTO casefile_migrations (name) VALUES ($1)", [migration.name]);
          applied.push(migration.name);
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`PostgreSQL migration ${migration.name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.end();
  }
  return applied;
}
