/**
 * Test harness: the real server (createServer) on a free loopback port over a fresh database,
 * migrated and seeded with the GRU case. No mocks of the database.
 *
 * The engine comes from CASEFILE_TEST_ENGINE: `sqlite` (the default: a temporary SQLite file) or
 * `postgres`: a throwaway PostgreSQL server started once per test file (stopped after it), and a
 * new database on it for each test server, migrated, and seeded by loading the bundle into a
 * temporary SQLite file (the bundle loader is SQLite-only) and copying that into PostgreSQL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  copyStore,
  EngineFeatureError,
  openConfiguredStore,
  openMigratedStore,
  type SqliteStore,
  type Store,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";
import { afterAll } from "vitest";
import { loadConfig } from "./config.js";
import { type CasefileServer, createServer } from "./server.js";

export const seedBundlePath = fileURLToPath(new URL("../../../seeds/us-v-netyksho/bundle.json", import.meta.url));

/** The engine the API tests run on: CASEFILE_TEST_ENGINE=postgres, else SQLite. */
export const testEngine: "sqlite" | "postgres" = process.env.CASEFILE_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
}

export interface TestServer {
  url: string;
  /**
   * The server's store. Typed as the SQLite engine, which most tests were written against; on
   * PostgreSQL its SQLite-only members (`sqlite`, `db`, `path`...) throw, naming the test as one
   * of the SQLite engine.
   */
  store: SqliteStore;
  server: CasefileServer;
  /** The SQLite file (on PostgreSQL: a path in the test's temporary folder that holds no database). */
  dbPath: string;
  /** The PostgreSQL database's URL (undefined on SQLite). */
  databaseUrl?: string;
  /** POSTs a GraphQL operation; returns the parsed body, status and headers. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Counts SQL statements executed while `fn` runs. */
  countStatements(fn: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

let cluster: Promise<ThrowawayCluster> | undefined;
let running: ThrowawayCluster | undefined;
let databases = 0;

/** The test file's throwaway PostgreSQL server, started on first use and stopped after the file. */
function testCluster(): Promise<ThrowawayCluster> {
  if (!cluster) {
    cluster = startThrowawayCluster().then((started) => {
      running = started;
      return started;
    });
    // stop() is synchronous and idempotent: on exit too, in case the file's afterAll did not run.
    process.once("exit", () => running?.stop());
  }
  return cluster;
}

// Registered while the test file is collected (a hook registered from inside another hook would
// not run): the file's server stops after its last test.
if (process.env.VITEST && testEngine === "postgres") afterAll(() => running?.stop());

/** SQLite-only members of the SQLite store, which tests of the SQLite engine reach for. */
const sqliteOnly = new Set(["sqlite", "reader", "db", "queries", "path", "setBusyTimeout", "closeNow"]);

/**
 * A PostgreSQL store in the shape the tests were written against (the SQLite store): every
 * engine-neutral member is the store's own; a SQLite-only one throws, saying the test inspects
 * the SQLite engine and cannot run on PostgreSQL.
 */
function asTestStore(store: Store): SqliteStore {
  const proxy = new Proxy(store, {
    get(target, property) {
      if (typeof property === "string" && sqliteOnly.has(property) && !(property in target)) {
        throw new EngineFeatureError(
          `store.${property} is the SQLite engine's: this test inspects SQLite directly and runs on SQLite only (CASEFILE_TEST_ENGINE=postgres)`,
        );
      }
      return Reflect.get(target, property, target);
    },
  });
  // The proxy answers every member of the SQLite store's type (the SQLite-only ones by throwing).
  return proxy as unknown as SqliteStore;
}

async function openTestStore(
  dir: string,
  seed: boolean,
  onStatement: () => void,
): Promise<{ store: SqliteStore; dbPath: string; databaseUrl?: string; drop: () => void }> {
  const dbPath = join(dir, "test.db");
  if (testEngine === "sqlite") {
    const store = openMigratedStore(dbPath, { onStatement });
    if (seed) loadBundleFile(store, seedBundlePath);
    return { store, dbPath, drop: () => {} };
  }
  const pg = await testCluster();
  const name = `casefile_test_${process.pid}_${++databases}`;
  const databaseUrl = pg.createDatabase(name);
  const store = await openConfiguredStore({ databaseUrl, dbPath, onStatement, poolSize: 4 });
  if (seed) {
    const source = openMigratedStore(join(dir, "seed.db"));
    try {
      loadBundleFile(source, seedBundlePath);
      await copyStore(source, store);
    } finally {
      await source.close();
    }
  }
  return { store: asTestStore(store), dbPath, databaseUrl, drop: () => pg.dropDatabase(name) };
}

export async function startTestServer(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-test-"));
  let statements = 0;
  const { store, dbPath, databaseUrl, drop } = await openTestStore(dir, options.seed ?? true, () => statements++);
  const config = loadConfig({ CASEFILE_DB_PATH: dbPath, NODE_ENV: "test", CASEFILE_PUBLIC_READ: "true", ...options.env });
  const server = await createServer({ config, store });
  const url = await server.listen(0, "127.0.0.1");
  const gql = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, "status" | "headers">;
    return { ...body, status: response.status, headers: response.headers };
  };
  return {
    url,
    store,
    server,
    dbPath,
    databaseUrl,
    gql,
    async countStatements(fn) {
      const before = statements;
      await fn();
      return statements - before;
    },
    async close() {
      await server.close();
      await store.close();
      drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
