/**
 * Test harness: the real server (createServer) on a free loopback port over a fresh temporary
 * SQLite file, migrated and seeded with the GRU case. No mocks of the database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openMigratedStore, type SqliteStore as Store } from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";
import { loadConfig } from "./config.js";
import { type CasefileServer, createServer } from "./server.js";

export const seedBundlePath = fileURLToPath(new URL("../../../seeds/us-v-netyksho/bundle.json", import.meta.url));

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
}

export interface TestServer {
  url: string;
  store: Store;
  server: CasefileServer;
  dbPath: string;
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

export async function startTestServer(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-test-"));
  const dbPath = join(dir, "test.db");
  let statements = 0;
  const store = openMigratedStore(dbPath, { onStatement: () => statements++ });
  if (options.seed ?? true) loadBundleFile(store, seedBundlePath);
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
    gql,
    async countStatements(fn) {
      const before = statements;
      await fn();
      return statements - before;
    },
    async close() {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
