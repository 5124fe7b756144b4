/**
 * Builds (or reuses) a benchmark database: the generator's batches written through the bulk
 * import path (`@casefile/db` bulkImport, one transaction per batch). The file is built under a
 * temporary name and renamed when complete, so a cached file is always a whole one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { type BulkOptions, beginBulkSession, bulkImport, openMigratedStore } from "@casefile/db";
import { type Counts, DataGenerator, GENERATOR_VERSION, type Samples, type Scale } from "./generate.js";

export interface PhaseTiming {
  name: string;
  rows: number;
  /** Time inside bulkImport (the write path). */
  writeMs: number;
  /** Time spent generating the rows. */
  generateMs: number;
}

export interface BuildInfo {
  path: string;
  scale: Scale;
  seed: number;
  generatorVersion: number;
  counts: Counts;
  samples: Samples;
  /** Entities per second through the bulk path (entity batches only, wall time of the writes). */
  entitiesPerSecond: number;
  /**
   * Entities per CPU second of the writing process (user + system): what the rate would be on an
   * idle core, since the machine is shared and wall-clock rates move with other processes' load.
   */
  entitiesPerCpuSecond: number;
  /** 1-minute load average when the build started and ended. */
  loadAverage: [number, number];
  /** All rows per second through the bulk path (write time). */
  rowsPerSecond: number;
  /** Wall time of the whole build, generation and ANALYZE included. */
  totalSeconds: number;
  phases: PhaseTiming[];
  fileBytes: number;
  builtAt: string;
  reused?: boolean;
}

export function databasePath(root: string, scale: Scale, seed: number): string {
  return resolve(root, "data/bench", `bench-e${scale.entities}-r${scale.relationships}-s${seed}-g${GENERATOR_VERSION}.db`);
}

const log = (message: string) => process.stderr.write(`${message}\n`);

export function buildDatabase(
  path: string,
  scale: Scale,
  seed: number,
  options: { rebuild?: boolean; bulk?: BulkOptions; quiet?: boolean } = {},
): BuildInfo {
  const metaPath = `${path}.json`;
  if (!options.rebuild && existsSync(path) && existsSync(metaPath)) {
    const info = JSON.parse(readFileSync(metaPath, "utf8")) as BuildInfo;
    log(
      `Reusing ${path} (built ${info.builtAt}; bulk load ${Math.round(info.entitiesPerSecond).toLocaleString("en")} entities/s)`,
    );
    return { ...info, path, reused: true };
  }
  mkdirSync(dirname(path), { recursive: true });
  const building = `${path}.building`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${building}${suffix}`, { force: true });

  const started = performance.now();
  const store = openMigratedStore(building);
  // Loading into an empty file: secondary indexes are built once at the end (deferIndexes), and
  // the entities' share of that is counted in the entity load rate.
  const endSession = beginBulkSession(store, { cacheMb: scale.entities >= 500_000 ? 512 : 128, deferIndexes: true });
  const generator = new DataGenerator({ ...scale, seed });
  const phases = new Map<string, PhaseTiming>();
  let entityMs = 0;
  let entityCpuMs = 0;
  const loadAtStart = loadavg()[0] as number;
  let entityRows = 0;
  let lastLog = 0;
  let generateStart = performance.now();
  for (const phase of generator.phases()) {
    const generateMs = performance.now() - generateStart;
    const cpuBefore = process.cpuUsage();
    const result = bulkImport(store, phase.batch, { trusted: false, label: `bench generator seed ${seed}`, ...options.bulk });
    const cpu = process.cpuUsage(cpuBefore);
    let timing = phases.get(phase.name);
    if (!timing) {
      timing = { name: phase.name, rows: 0, writeMs: 0, generateMs: 0 };
      phases.set(phase.name, timing);
    }
    timing.rows += result.total;
    timing.writeMs += result.milliseconds;
    timing.generateMs += generateMs;
    if (phase.name === "entities") {
      entityMs += result.milliseconds;
      entityCpuMs += (cpu.user + cpu.system) / 1000;
      entityRows += result.total;
    }
    if (!options.quiet && performance.now() - lastLog > 5000) {
      lastLog = performance.now();
      log(
        `  ${phase.name}: ${timing.rows.toLocaleString("en")} rows (${Math.round((timing.rows / timing.writeMs) * 1000).toLocaleString("en")}/s written)`,
      );
    }
    generateStart = performance.now();
  }
  const cpuBefore = process.cpuUsage();
  const ended = endSession(); // the deferred indexes, ANALYZE (sampled) and a WAL checkpoint
  const endCpu = process.cpuUsage(cpuBefore);
  const indexMs = Object.values(ended.indexMs).reduce((n, ms) => n + ms, 0);
  const entityIndexMs = ended.indexMs.entities ?? 0;
  entityMs += entityIndexMs;
  // Index builds are CPU-bound: the entities' share of the CPU time is their share of the wall time.
  entityCpuMs += ((endCpu.user + endCpu.system) / 1000) * (entityIndexMs / (indexMs + ended.finishMs || 1));
  phases.set("deferred indexes", { name: "deferred indexes", rows: 0, writeMs: indexMs, generateMs: 0 });
  phases.set("analyze", { name: "analyze", rows: 0, writeMs: ended.finishMs, generateMs: 0 });
  store.close();
  for (const suffix of ["-wal", "-shm"]) rmSync(`${building}${suffix}`, { force: true });
  // A WAL left next to an older file of the same name would be replayed into the new one.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
  renameSync(building, path);

  const all = [...phases.values()];
  const writeMs = all.filter((p) => p.name !== "analyze").reduce((n, p) => n + p.writeMs, 0);
  const totalRows = all.reduce((n, p) => n + p.rows, 0);
  const info: BuildInfo = {
    path,
    scale,
    seed,
    generatorVersion: GENERATOR_VERSION,
    counts: generator.counts,
    samples: generator.samples,
    entitiesPerSecond: entityRows / (entityMs / 1000),
    entitiesPerCpuSecond: entityRows / (entityCpuMs / 1000),
    loadAverage: [loadAtStart, loadavg()[0] as number],
    rowsPerSecond: totalRows / (writeMs / 1000),
    totalSeconds: (performance.now() - started) / 1000,
    phases: all,
    fileBytes: statSync(path).size,
    builtAt: new Date().toISOString(),
  };
  writeFileSync(metaPath, JSON.stringify(info));
  log(
    `Built ${path} in ${info.totalSeconds.toFixed(1)} s: ${totalRows.toLocaleString("en")} rows, ` +
      `bulk load ${Math.round(info.entitiesPerSecond).toLocaleString("en")} entities/s ` +
      `(${Math.round(info.entitiesPerCpuSecond).toLocaleString("en")} per CPU second; load average ${info.loadAverage.map((l) => l.toFixed(1)).join(" -> ")}), ` +
      `${Math.round(info.rowsPerSecond).toLocaleString("en")} rows/s (write time)`,
  );
  return info;
}
