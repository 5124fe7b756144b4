/**
 * Prints recall@3 and MRR per query class for the judged relevance set, over a fresh temporary
 * database holding the seeded case and the synthetic corpus: `pnpm --filter @casefile/api relevance`.
 */
import { bulkImport } from "@casefile/db";
import { syntheticCorpus } from "../src/modules/search/relevance/corpus.js";
import { evaluate, formatReport } from "../src/modules/search/relevance/evaluate.js";
import { startTestServer } from "../src/test-support.js";

const t = await startTestServer();
try {
  bulkImport(t.store, syntheticCorpus(), { label: "relevance corpus" });
  console.log(formatReport(await evaluate(t.gql)));
} finally {
  await t.close();
}
