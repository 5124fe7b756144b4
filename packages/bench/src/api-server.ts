/**
 * The Casefile API as the benchmark runs it: a child process of the runner (so its memory is its
 * own), started exactly as production starts it (createServer + loadConfig, NODE_ENV=production,
 * CASEFILE_PUBLIC_READ=true), with the store opened with an `onStatement` counter. Talks to the
 * runner over IPC: sends { port } once listening; answers "stats" with statements executed and
 * peak RSS (sampled every 50 ms) since the last "reset".
 */
import { openMigratedStore } from "@casefile/db";

// CASEFILE_BENCH_API_SRC points at another copy of apps/api/src (e.g. a snapshot of a past commit) to compare.
const apiSrc = process.env.CASEFILE_BENCH_API_SRC ?? new URL("../../../apps/api/src/", import.meta.url).pathname;
const { loadConfig } = (await import(
  `${apiSrc.replace(/\/$/, "")}/config.ts`
)) as typeof import("../../../apps/api/src/config.js");
const { createServer } = (await import(
  `${apiSrc.replace(/\/$/, "")}/server.ts`
)) as typeof import("../../../apps/api/src/server.js");

import { serveIpc } from "./ipc.js";

const { queryLimits } = (await import(`${apiSrc.replace(/\/$/, "")}/lib/limits.ts`).catch(() => ({ queryLimits: null }))) as {
  queryLimits: { maxCost: number } | null;
};
// The shipped cost limit (lib/limits.ts, 20,000) refuses the dashboard's own entity page query
// (cost ~104,554): the runner raises it for this process only, says so in the report, and the
// report asks for the limit to be fixed. CASEFILE_BENCH_MAX_COST=0 keeps the shipped limit.
const maxCost = Number(process.env.CASEFILE_BENCH_MAX_COST ?? 0);
const shippedMaxCost = queryLimits?.maxCost ?? null;
if (queryLimits && maxCost > 0) (queryLimits as { maxCost: number }).maxCost = maxCost;

const path = process.env.CASEFILE_DB_PATH as string;
const counter = { statements: 0 };
const store = openMigratedStore(path, { onStatement: () => void counter.statements++ });
const config = loadConfig({
  ...process.env,
  CASEFILE_DB_PATH: path,
  CASEFILE_PUBLIC_READ: "true",
  CASEFILE_API_HOST: "127.0.0.1",
  NODE_ENV: "production",
  // One client (autocannon on loopback) sends thousands of requests a second: no rate limit.
  CASEFILE_RATE_LIMIT_PER_MINUTE: "1000000000",
});
const server = await createServer({ config, store });
const url = await server.listen(0, "127.0.0.1");
serveIpc(counter, Number(new URL(url).port), { shippedMaxCost, maxCost: queryLimits && maxCost > 0 ? maxCost : shippedMaxCost });
