/**
 * Search quality on PostgreSQL: the judged relevance set (modules/search/relevance/queries.json)
 * over the seeded case and the synthetic corpus, loaded as relevance.test.ts loads them, copied
 * into a throwaway PostgreSQL (copyStore, as `casefile copy` does), and searched through the same
 * GraphQL schema over the PostgreSQL store. The same bar as SQLite: recall@3 below 0.95 fails.
 */
import {
  bulkImport,
  copyStore,
  migratePostgres,
  openPostgresStore,
  type PostgresStore,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@casefile/db";
// Deep imports, as lib/jit-executor.ts: the module instance the schema was built with.
import { execute } from "graphql/execution/execute.js";
import { parse } from "graphql/language/parser.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "./context.js";
import { syntheticCorpus } from "./modules/search/relevance/corpus.js";
import { evaluate, formatReport, type Gql, scoreByClass } from "./modules/search/relevance/evaluate.js";
import { buildSchema } from "./server.js";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;
let cluster: ThrowawayCluster;
let postgres: PostgresStore;

beforeAll(async () => {
  t = await startTestServer();
  bulkImport(t.store, syntheticCorpus(), { label: "relevance corpus" });
  cluster = await startThrowawayCluster();
  const url = cluster.createDatabase("relevance");
  await migratePostgres(url);
  postgres = openPostgresStore(url, { poolSize: 4 });
  await copyStore(t.store, postgres);
}, 180_000);

afterAll(async () => {
  await postgres?.close();
  cluster?.stop();
  await t?.close();
});

describe("search relevance on PostgreSQL", () => {
  it("finds the judged records in the top 3 (recall@3 at least 0.95)", async () => {
    const schema = buildSchema();
    const settings = { isProduction: false, sessionDays: 14, isPublicRead: true };
    const gql: Gql = async (source, variableValues) => {
      const result = await execute({
        schema,
        document: parse(source),
        variableValues,
        contextValue: createContext(postgres, null, "relevance", undefined, settings),
      });
      return { data: result.data, errors: result.errors?.map((e) => ({ message: e.message })) };
    };
    const outcomes = await evaluate(gql);
    const report = formatReport(outcomes);
    console.log(report);
    expect(scoreByClass(outcomes).overall.recallAt3, report).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
