/**
 * Search quality, measured: the judged relevance set (modules/search/relevance/queries.json)
 * over the seeded case and a deterministic synthetic corpus of decoys. The data is fixed, so
 * this is a quality test, not a timing test: recall@3 below 0.95 fails. The per-class report
 * is printed; `pnpm --filter @casefile/api relevance` prints it without the test runner.
 */
import { bulkImport } from "@casefile/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "./modules/search/relevance/corpus.js";
import { evaluate, formatReport, judgedQueries, scoreByClass } from "./modules/search/relevance/evaluate.js";
import { startTestServer, type TestServer } from "./test-support.js";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  bulkImport(t.store, syntheticCorpus(), { label: "relevance corpus" });
});
afterAll(() => t.close());

describe("search relevance", () => {
  it("holds at least 60 judged queries, each with expected records", () => {
    expect(judgedQueries.length).toBeGreaterThanOrEqual(60);
    for (const q of judgedQueries) expect(q.expect.length, q.query).toBeGreaterThan(0);
  });

  it("finds the judged records in the top 3 (recall@3 at least 0.95)", async () => {
    const outcomes = await evaluate(t.gql);
    const report = formatReport(outcomes);
    console.log(report);
    expect(scoreByClass(outcomes).overall.recallAt3, report).toBeGreaterThanOrEqual(0.95);
  });
});
