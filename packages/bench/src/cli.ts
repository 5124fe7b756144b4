/**
 * `pnpm bench [--scale tiny|small|100k|1m] [--entities N --relationships M] [--seed S]
 *             [--duration SEC] [--warmup SEC] [--connections C] [--rebuild] [--no-write]
 *             [--only <workload name prefix>,...] [--profile <dir>] [--max-cost N]`
 *
 * `--max-cost N` (default 0: the shipped limit) changes the API's GraphQL cost limit
 * in the benchmarked process only: the shipped 20,000 refuses the dashboard's entity page query.
 *
 * `--profile dir` writes a V8 CPU profile of the API process to dir (open it in Chrome DevTools).
 *
 * Builds (or reuses) a database of synthetic data at the chosen scale through the bulk import
 * path, starts the Casefile API and a hand-written raw better-sqlite3 server as two child
 * processes on loopback, checks that both answer the entity page with the same JSON, then drives
 * each workload with autocannon from this process and writes docs/benchmarks/<label>.{json,md}.
 * No timing is asserted anywhere: the numbers are reported, not judged, so CI can run `--scale tiny`.
 */
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { closeSync, mkdirSync, openSync, readSync, writeFileSync } from "node:fs";
import { cpus, release, totalmem } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { sqliteVersion } from "@casefile/db";
import { toGlobalId } from "@casefile/schema/ids";
import autocannon from "autocannon";
import { type BuildInfo, buildDatabase, databasePath } from "./build.js";
import { kindOf } from "./generate.js";
import type { ChildStats } from "./ipc.js";
import { directoryQuery, entityPageQuery, graphQuery, searchQuery, timelineQuery } from "./queries.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

// ---------------------------------------------------------------- arguments

const presets = {
  tiny: { entities: 2_000, relationships: 6_000, duration: 3, warmup: 1 },
  small: { entities: 10_000, relationships: 30_000, duration: 10, warmup: 2 },
  "100k": { entities: 100_000, relationships: 300_000, duration: 15, warmup: 3 },
  "1m": { entities: 1_000_000, relationships: 3_000_000, duration: 15, warmup: 3 },
} as const;
type PresetName = keyof typeof presets;

const argv = process.argv.slice(2).filter((a) => a !== "--");
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith("--")) fail(`--${name} needs a value`);
  return value;
};
function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}
const number = (name: string, fallback: number) => {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll("_", ""));
  if (!Number.isFinite(value) || value < 0) fail(`--${name} must be a number (got "${raw}")`);
  return value;
};

const scaleName = (option("scale") ?? "1m").toLowerCase();
const aliases: Record<string, PresetName> = { large: "1m", medium: "100k", "1000000": "1m", "100000": "100k" };
const presetName = (scaleName in presets ? scaleName : aliases[scaleName]) as PresetName | undefined;
if (!presetName) fail(`--scale must be one of ${Object.keys(presets).join(", ")} (got "${scaleName}")`);
const preset = presets[presetName];
const entities = Math.round(number("entities", preset.entities));
const relationships = Math.round(number("relationships", option("entities") ? entities * 3 : preset.relationships));
if (entities < 100) fail("--entities must be at least 100");
const seed = number("seed", 1);
const duration = number("duration", preset.duration);
const warmup = number("warmup", preset.warmup);
const connections = number("connections", 10);
const maxCost = number("max-cost", 0);
const isCustom = option("entities") !== undefined || option("relationships") !== undefined;
const label = isCustom ? `e${entities}-r${relationships}` : presetName;
const outDir = resolve(root, option("out") ?? "docs/benchmarks");
/**
 * `--baseline DIR`: another checkout of Casefile (say, a git worktree of an earlier commit, with
 * its dependencies installed) whose API runs as a third server on the same database file; every
 * API workload then runs against it too, right before the current API, and the report compares
 * them side by side. This is how a refactor is measured: before and after, in one run.
 */
const baselineDir = option("baseline") ? resolve(option("baseline") as string) : undefined;

const log = (message: string) => process.stderr.write(`${message}\n`);

// ---------------------------------------------------------------- children

interface Child {
  name: string;
  about: Record<string, unknown>;
  process: ChildProcess;
  url: string;
  stats(): Promise<ChildStats>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Node flags of both servers: the API's production start script (apps/api/package.json) caps
 * V8's old space at 256 MB; without a cap, V8 grows the heap under load to ~220 MB reserved for
 * ~70 MB live, and the API's RSS passes 400 MB.
 */
const SERVER_NODE_FLAGS = ["--max-old-space-size=256"];

/**
 * Reads the database file once, front to back, so the OS page cache holds it as it would for a
 * server that has been running a while. Without this, whichever server runs first reads from
 * disk and the other finds the pages cached: at 1M the first entity-page run went 3x slower.
 */
function warmFileCache(path: string): number {
  const started = performance.now();
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  const fd = openSync(path, "r");
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0) {}
  } finally {
    closeSync(fd);
  }
  return performance.now() - started;
}

async function startChild(name: string, script: string, dbPath: string, checkout?: string): Promise<Child> {
  const profile = option("profile");
  const scriptPath = checkout ? resolve(checkout, "packages/bench/src", script) : fileURLToPath(new URL(script, import.meta.url));
  const child = fork(scriptPath, [], {
    // A baseline checkout resolves its own packages (and tsx) from its own folder.
    ...(checkout ? { cwd: resolve(checkout, "packages/bench") } : {}),
    execArgv: [
      "--import",
      "tsx",
      ...SERVER_NODE_FLAGS,
      ...(profile && name === "api" ? ["--cpu-prof", `--cpu-prof-dir=${resolve(profile)}`] : []),
    ],
    env: {
      ...process.env,
      CASEFILE_DB_PATH: dbPath,
      CASEFILE_PUBLIC_READ: "true",
      NODE_ENV: "production",
      CASEFILE_BENCH_MAX_COST: String(maxCost),
      ...(maxCost > 0 ? { CASEFILE_MAX_QUERY_COST: String(maxCost) } : {}),
    },
    // The API's request logs are written, as in production, but only non-info lines are shown.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) if (line && !line.startsWith('{"level":30')) process.stderr.write(`[${name}] ${line}\n`);
    });
  }
  let nextId = 0;
  const pending = new Map<number, (value: unknown) => void>();
  let about: Record<string, unknown> = {};
  const port = await new Promise<number>((resolvePort, reject) => {
    child.once("exit", (code) => reject(new Error(`${name} exited with code ${code} before listening`)));
    child.on(
      "message",
      (message: { type: string; id?: number; port?: number; stats?: ChildStats; about?: Record<string, unknown> }) => {
        if (message.type === "ready") {
          about = message.about ?? {};
          resolvePort(message.port as number);
        } else if (message.id !== undefined) pending.get(message.id)?.(message.stats);
      },
    );
  });
  const call = (type: string) =>
    new Promise<unknown>((resolveCall) => {
      const id = nextId++;
      pending.set(id, (value) => {
        pending.delete(id);
        resolveCall(value);
      });
      child.send({ type, id });
    });
  return {
    name,
    about,
    process: child,
    url: `http://127.0.0.1:${port}/graphql`,
    stats: () => call("stats") as Promise<ChildStats>,
    reset: () => call("reset") as Promise<void>,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => child.kill("SIGTERM"), 5000);
        child.once("exit", () => {
          clearTimeout(timer);
          done();
        });
        child.send({ type: "exit", id: -1 });
      }),
  };
}

// ---------------------------------------------------------------- workloads

interface Workload {
  name: string;
  description: string;
  /** Request bodies, rotated through. */
  bodies: string[];
  target: "api" | "raw";
}

const SEARCH_CLASS_DESCRIPTIONS: Record<string, string> = {
  names: "defendants' whole names or surnames",
  prefixes: "every word of a name cut to 2-5 letters, as typed",
  "common words": "the generator's domain words (thousands of matches at scale)",
  "rare words": "vocabulary words of rank 200-5000",
  typos: "a surname with one letter dropped, doubled or swapped (did-you-mean)",
  "cross-field": "a surname and a domain word",
};

function workloads(info: BuildInfo): Workload[] {
  const s = info.samples;
  const person = (id: string) => toGlobalId("Person", id);
  const entity = (id: string) => {
    const kind = kindOf(Number(id.slice(4)));
    const typeName = {
      PERSON: "Person",
      ORGANIZATION: "Organization",
      ONLINE_PERSONA: "OnlinePersona",
      PLACE: "Place",
      ARTIFACT: "Artifact",
    }[kind];
    return toGlobalId(typeName as "Person", id);
  };
  const body = (query: string, variables: object) => JSON.stringify({ query, variables });
  const entityPage = s.entityPageIds.map((id) => body(entityPageQuery, { id: person(id) }));
  return [
    {
      name: "entity page",
      description:
        "node(id) on a defendant: fields, citations, annotations, roles, charges, 100 relationships with citations, 100 events",
      bodies: entityPage,
      target: "api",
    },
    {
      name: "entity page (raw limit)",
      description: "the same request and JSON from the hand-written raw better-sqlite3 server",
      bodies: entityPage,
      target: "raw",
    },
    {
      name: "directory (name filter)",
      description: "entities(filter: { text: <4-letter name prefix> }, first: 25), ordered by name, keyset pagination",
      bodies: s.namePrefixes.map((p) => body(directoryQuery, { filter: { text: p }, first: 25 })),
      target: "api",
    },
    // One workload per query class, each on its own line; builds made before the classes existed
    // have only the mixed terms.
    ...(s.searchClasses
      ? Object.entries(s.searchClasses).map(([name, terms]) => ({
          name: `search (${name})`,
          description: `search(query, first: 25) across entities, events, sources, annotations with facets: ${SEARCH_CLASS_DESCRIPTIONS[name] ?? name}`,
          bodies: terms.map((t) => body(searchQuery, { query: t, first: 25 })),
          target: "api" as const,
        }))
      : [
          {
            name: "search",
            description: "search(query, first: 25) across entities, events, sources, annotations: mixed terms",
            bodies: s.searchTerms.map((t) => body(searchQuery, { query: t, first: 25 })),
            target: "api" as const,
          },
        ]),
    {
      name: "timeline (1 month)",
      description: "events(filter: { from, to } one month, first: 25) with place, case, participants, citations",
      bodies: s.timelineRanges.map(([from, to]) => body(timelineQuery, { filter: { from, to }, first: 25 })),
      target: "api",
    },
    {
      name: "graph neighborhood",
      description: "entityGraph(id, depth: 1, limit: 200)",
      bodies: s.graphIds.map((id) => body(graphQuery, { id: entity(id) })),
      target: "api",
    },
  ];
}

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  return { status: response.status, text: await response.text() };
}

interface WorkloadResult {
  name: string;
  description: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** Statements per request measured one request at a time over a sample (mean and max). */
  statements: { mean: number; max: number; underLoad: number };
  responseBytes: number;
}

async function runWorkload(workload: Workload, server: Child): Promise<WorkloadResult> {
  // 1. Statements per request, one request at a time (exact), and a correctness check.
  const sample = workload.bodies.slice(0, 25);
  const counts: number[] = [];
  let bytes = 0;
  for (const body of sample) {
    await server.reset();
    const { status, text } = await post(server.url, body);
    const { statements } = await server.stats();
    if (status !== 200 || text.includes('"errors"')) throw new Error(`${workload.name}: HTTP ${status}: ${text.slice(0, 500)}`);
    counts.push(statements);
    bytes += text.length;
  }
  // 2. Warm-up, then the measured run. Each request takes the next body in rotation.
  let next = 0;
  const options = (seconds: number): autocannon.Options => ({
    url: server.url,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          request.body = workload.bodies[next++ % workload.bodies.length];
          return request;
        },
      },
    ],
  });
  if (warmup > 0) await autocannon(options(warmup));
  await server.reset();
  const result = await autocannon(options(duration));
  const { statements } = await server.stats();
  return {
    name: workload.name,
    description: workload.description,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statements: {
      mean: counts.reduce((a, b) => a + b, 0) / counts.length,
      max: Math.max(...counts),
      underLoad: result.requests.total > 0 ? statements / result.requests.total : 0,
    },
    responseBytes: Math.round(bytes / sample.length),
  };
}

/** Both servers must answer the entity page with the same JSON (compared as parsed values). */
async function checkParity(api: Child, raw: Child, bodies: string[]): Promise<{ checked: number; mismatches: string[] }> {
  const mismatches: string[] = [];
  const sample = bodies.slice(0, 50);
  for (const body of sample) {
    const [a, b] = await Promise.all([post(api.url, body), post(raw.url, body)]);
    const left = JSON.stringify(JSON.parse(a.text));
    const right = JSON.stringify(JSON.parse(b.text));
    if (left !== right) {
      let at = 0;
      while (at < left.length && left[at] === right[at]) at++;
      mismatches.push(
        `${JSON.parse(body).variables.id}: first difference at ${at}: api …${left.slice(Math.max(0, at - 80), at + 80)}… raw …${right.slice(Math.max(0, at - 80), at + 80)}…`,
      );
    }
  }
  return { checked: sample.length, mismatches };
}

// ---------------------------------------------------------------- report

const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024)} MB`;

function markdown(report: Report): string {
  const { info } = report;
  const lines: string[] = [];
  lines.push(`# Casefile read benchmark: ${fmt(info.scale.entities)} entities, ${fmt(info.scale.relationships)} relationships`);
  lines.push("");
  lines.push(`- Date: ${report.date}`);
  lines.push(
    `- Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${mb(report.machine.memory)} RAM, ${report.machine.os}`,
  );
  lines.push(`- Node ${report.machine.node}, SQLite ${report.machine.sqlite}, better-sqlite3 (WAL, synchronous=NORMAL)`);
  lines.push(
    `- Load: autocannon, ${report.settings.connections} connections, ${report.settings.warmup} s warm-up then ${report.settings.duration} s per workload, loopback; the API and the raw server each run in their own child process (\`${SERVER_NODE_FLAGS.join(" ")}\`, as the API's start script), autocannon in the parent; the database file is read once before the servers start, so both find it in the OS page cache`,
  );
  lines.push(`- Command: \`${report.command}\``);
  if (report.api.maxCost !== report.api.shippedMaxCost) {
    lines.push(
      `- **Cost limit raised for this run**: the API's shipped GraphQL cost limit (${fmt(Number(report.api.shippedMaxCost))}) refuses the entity-page query ` +
        `(the dashboard's EntityPage shape), so the benchmarked API process ran with ${fmt(Number(report.api.maxCost))}. Nothing else was changed; rate limiting was set out of reach (one loopback client).`,
    );
  }
  lines.push("");
  lines.push("| Workload | req/s | p50 ms | p99 ms | SQL statements / request | vs raw limit |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: |");
  const raw = report.results.find((r) => r.name === "entity page (raw limit)");
  for (const r of report.results) {
    const ratio = r.name === "entity page" && raw ? `${fmt((r.requestsPerSecond / raw.requestsPerSecond) * 100)}%` : "";
    const statements =
      r.statements.max === r.statements.mean ? fmt(r.statements.mean) : `${fmt(r.statements.mean, 1)} (max ${r.statements.max})`;
    const flags = r.errors + r.non2xx > 0 ? ` (${r.errors} errors, ${r.non2xx} non-2xx)` : "";
    lines.push(`| ${r.name}${flags} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${statements} | ${ratio} |`);
  }
  lines.push("");
  lines.push(
    `- API peak RSS: **${mb(report.apiPeakRss)}** (sampled every 50 ms in the API process, whole run); raw server peak RSS ${mb(report.rawPeakRss)}`,
  );
  lines.push(
    `- Entity page parity: the API and the raw server returned identical JSON for ${report.parity.checked} of ${report.parity.checked} sampled entities${report.parity.mismatches.length ? ` (NOT for ${report.parity.mismatches.length})` : ""}`,
  );
  lines.push(
    `- Bulk load (packages/db/src/sqlite/bulk.ts, one transaction per batch): **${fmt(info.entitiesPerSecond)} entities/s** wall clock, ` +
      `${fmt(info.entitiesPerCpuSecond ?? 0)} entities per CPU second (machine load average ${(info.loadAverage ?? [0, 0]).map((l) => l.toFixed(1)).join(" to ")} while loading: the cores are shared), ` +
      `${fmt(info.rowsPerSecond)} rows/s over all tables; database built in ${fmt(info.totalSeconds, 1)} s, ${mb(info.fileBytes)}${info.reused ? " (reused from the cache)" : ""}`,
  );
  if (report.baseline) {
    const { baseline } = report;
    lines.push("");
    lines.push(`## Before and after, in this run`);
    lines.push("");
    lines.push(
      `Before: the API of \`${baseline.commit}\` (checkout \`${baseline.dir}\`); after: this checkout. Same database file, same request bodies; each workload ran against the before API, then right away against the after API.`,
    );
    lines.push("");
    lines.push(
      "| Workload | before req/s | after req/s | change | before p50 / p99 ms | after p50 / p99 ms | statements before / after |",
    );
    lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const before of baseline.results) {
      const after = report.results.find((r) => r.name === before.name);
      if (!after) continue;
      const change = (after.requestsPerSecond / before.requestsPerSecond - 1) * 100;
      lines.push(
        `| ${before.name} | ${fmt(before.requestsPerSecond)} | ${fmt(after.requestsPerSecond)} | ${change >= 0 ? "+" : ""}${fmt(change, 1)}% | ${fmt(before.p50)} / ${fmt(before.p99)} | ${fmt(after.p50)} / ${fmt(after.p99)} | ${fmt(before.statements.mean, 1)} / ${fmt(after.statements.mean, 1)} |`,
      );
    }
    lines.push("");
    lines.push(`- Peak RSS: before ${mb(baseline.peakRss)}, after ${mb(report.apiPeakRss)}`);
  }
  lines.push("");
  lines.push("Data (seed " + info.seed + "):");
  lines.push("");
  lines.push("| Table | Rows |");
  lines.push("| --- | ---: |");
  for (const [table, count] of Object.entries(info.counts)) lines.push(`| ${table} | ${fmt(count)} |`);
  lines.push("");
  lines.push("Workloads:");
  lines.push("");
  for (const r of report.results)
    lines.push(
      `- **${r.name}**: ${r.description}. ${fmt(r.requests)} requests, mean response ${fmt(r.responseBytes / 1024, 1)} KB, max latency ${fmt(r.max)} ms, statements per request under load ${fmt(r.statements.underLoad, 1)}.`,
    );
  lines.push("");
  return lines.join("\n");
}

interface Report {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memory: number; os: string; node: string; sqlite: string };
  settings: { connections: number; duration: number; warmup: number };
  info: BuildInfo;
  parity: { checked: number; mismatches: string[] };
  results: WorkloadResult[];
  /** With --baseline: the same API workloads against the baseline checkout's API. */
  baseline?: { dir: string; commit: string; results: WorkloadResult[]; peakRss: number };
  apiPeakRss: number;
  rawPeakRss: number;
  api: { shippedMaxCost: unknown; maxCost: unknown };
}

// ---------------------------------------------------------------- main

const started = performance.now();
const dbPath = databasePath(root, { entities, relationships }, seed);
log(`Casefile bench: ${fmt(entities)} entities, ${fmt(relationships)} relationships, seed ${seed} (${label})`);
const info = buildDatabase(dbPath, { entities, relationships }, seed, { rebuild: flag("rebuild") });
const { samples: _samples, ...printable } = info;
void _samples;

log(`Read the database file once to warm the OS page cache (${(warmFileCache(dbPath) / 1000).toFixed(1)} s)`);
const api = await startChild("api", "./api-server.ts", dbPath);
const raw = await startChild("raw", "./raw-server.ts", dbPath);
const before = baselineDir ? await startChild("before", "./api-server.ts", dbPath, baselineDir) : undefined;
const baselineCommit = baselineDir
  ? (() => {
      try {
        return execFileSync("git", ["-C", baselineDir, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
      } catch {
        return "unknown";
      }
    })()
  : "";
const stopAll = () => Promise.all([api.stop(), raw.stop(), before?.stop()]);
process.once("SIGINT", () => void stopAll().then(() => process.exit(130)));

try {
  const list = workloads(info);
  const parity = await checkParity(api, raw, list[0]?.bodies ?? []);
  if (parity.mismatches.length > 0) {
    log(
      `Entity page parity FAILED for ${parity.mismatches.length} of ${parity.checked}:\n${parity.mismatches.slice(0, 3).join("\n")}`,
    );
  } else {
    log(`Entity page parity: identical JSON for ${parity.checked} entities`);
  }
  const results: WorkloadResult[] = [];
  const baselineResults: WorkloadResult[] = [];
  const only = option("only");
  for (const workload of list.filter((w) => !only || only.split(",").some((o) => w.name.startsWith(o)))) {
    if (before && workload.target === "api") {
      log(`Running ${workload.name} against the baseline API...`);
      const result = await runWorkload(workload, before);
      baselineResults.push(result);
      log(`  before: ${fmt(result.requestsPerSecond)} req/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms`);
    }
    log(`Running ${workload.name}...`);
    const result = await runWorkload(workload, workload.target === "api" ? api : raw);
    results.push(result);
    log(
      `  ${fmt(result.requestsPerSecond)} req/s, p50 ${fmt(result.p50)} ms, p99 ${fmt(result.p99)} ms, ` +
        `${fmt(result.statements.mean, 1)} statements/request${result.errors + result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ""}`,
    );
  }
  const apiStats = await api.stats();
  const rawStats = await raw.stats();
  const report: Report = {
    date: new Date().toISOString(),
    command: `pnpm bench ${argv.join(" ")}`.trim(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      memory: totalmem(),
      os: `${process.platform} ${release()}`,
      node: process.version,
      sqlite: sqliteVersion(),
    },
    settings: { connections, duration, warmup },
    info: {
      ...info,
      samples: {
        ...info.samples,
        entityPageIds: info.samples.entityPageIds.slice(0, 5),
        graphIds: info.samples.graphIds.slice(0, 5),
      },
    },
    parity,
    results,
    ...(before && baselineDir
      ? {
          baseline: {
            dir: baselineDir,
            commit: baselineCommit,
            results: baselineResults,
            peakRss: (await before.stats()).peakRss,
          },
        }
      : {}),
    api: { shippedMaxCost: api.about.shippedMaxCost ?? null, maxCost: api.about.maxCost ?? null },
    apiPeakRss: apiStats.peakRss,
    rawPeakRss: rawStats.peakRss,
  };
  const md = markdown(report);
  process.stdout.write(`\n${md}\n`);
  if (!flag("no-write")) {
    mkdirSync(outDir, { recursive: true });
    const name = before ? `${label}-before-after` : label;
    writeFileSync(
      resolve(outDir, `${name}.json`),
      `${JSON.stringify({ ...report, info: { ...report.info, path: undefined } }, null, 2)}\n`,
    );
    writeFileSync(resolve(outDir, `${name}.md`), md);
    log(`Wrote ${resolve(outDir, `${name}.md`)} and .json`);
  }
  log(`Done in ${fmt((performance.now() - started) / 1000, 1)} s`);
  if (parity.mismatches.length > 0) process.exitCode = 1;
  void printable;
} finally {
  await stopAll();
}
