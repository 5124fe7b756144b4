/**
 * The judged relevance set (../src/modules/search/relevance) against the PostgreSQL engine: the
 * seeded case and the synthetic corpus loaded into SQLite as the test suite loads them, copied
 * into a throwaway PostgreSQL (casefile copy's copyStore), and searched through the same GraphQL
 * schema over the PostgreSQL store. Prints recall@3 and MRR per query class, side by side with
 * SQLite's: `pnpm --filter @casefile/api relevance:postgres`.
 */
import { bulkImport, copyStore, migratePostgres, openPostgresStore, startThrowawayCluster } from "@casefile/db";
import { execute } from "graphql/execution/execute.js";
import { parse } from "graphql/language/parser.js";
import { createContext } from "../src/context.js";
import { syntheticCorpus } from "../src/modules/search/relevance/corpus.js";
import { evaluate, formatReport, type Gql } from "../src/modules/search/relevance/evaluate.js";
import { buildSchema } from "../src/server.js";
import { startTestServer } from "../src/test-support.js";

const t = await startTestServer();
const cluster = await startThrowawayCluster();
try {
  bulkImport(t.store, syntheticCorpus(), { label: "relevance corpus" });
  console.log(`SQLite:\n${formatReport(await evaluate(t.gql))}`);
  const url = cluster.createDatabase("relevance");
  await migratePostgres(url);
  const postgres = openPostgresStore(url);
  try {
    await copyStore(t.store, postgres);
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
    console.log(`PostgreSQL:\n${formatReport(await evaluate(gql))}`);
  } finally {
    await postgres.close();
  }
} finally {
  cluster.stop();
  await t.close();
}
