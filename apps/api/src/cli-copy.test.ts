/**
 * `casefile copy --to`: the whole database moved to PostgreSQL (a throwaway server) or to a new
 * SQLite file, as an operator runs it, verified against the source; bad targets refused with
 * exit code 2 and nothing written.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  openMigratedStore,
  openPostgresStore,
  type SqliteStore,
  startThrowawayCluster,
  storeDigest,
  type ThrowawayCluster,
} from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";
import { createServer } from "./server.js";
import { seedBundlePath } from "./test-support.js";

const bin = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
let dir: string;
let dbPath: string;
let cluster: ThrowawayCluster;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "casefile-copy-"));
  dbPath = join(dir, "casefile.db");
  const store = openMigratedStore(dbPath);
  loadBundleFile(store, seedBundlePath);
  await store.close();
  cluster = await startThrowawayCluster();
}, 120_000);
afterAll(() => {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, CASEFILE_DB_PATH: dbPath, NODE_ENV: "test" },
    encoding: "utf8",
    timeout: 120_000,
    cwd: dir,
  });
}

async function digestOf(path: string) {
  const store: SqliteStore = openMigratedStore(path);
  try {
    return await storeDigest(store);
  } finally {
    await store.close();
  }
}

describe("casefile copy", () => {
  it("copies the whole database to PostgreSQL, with progress, and verifies it", async () => {
    const url = cluster.createDatabase("copy_cli");
    const result = run(["copy", "--to", url]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/entities: [\d,]+ of [\d,]+/);
    expect(result.stderr).toContain("every table matches the source");
    const target = openPostgresStore(url);
    try {
      expect(await storeDigest(target)).toEqual(await digestOf(dbPath));
    } finally {
      await target.close();
    }
  }, 120_000);

  it("refuses a PostgreSQL database that is not empty, and changes nothing there", async () => {
    const url = cluster.createDatabase("copy_cli_again");
    expect(run(["copy", "--to", url]).status).toBe(0);
    const target = openPostgresStore(url);
    try {
      const before = await storeDigest(target);
      const again = run(["copy", "--to", url]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("not empty");
      expect(await storeDigest(target)).toEqual(before);
    } finally {
      await target.close();
    }
  }, 120_000);

  it("copies to a new SQLite file, identical to the source", async () => {
    const result = run(["copy", "--to", "copy.db"]);
    expect(result.status, result.stderr).toBe(0);
    expect(await digestOf(join(dir, "copy.db"))).toEqual(await digestOf(dbPath));
  }, 120_000);

  it("refuses a missing target, an existing file and the source itself with exit code 2", () => {
    const missing = run(["copy"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("copy needs a target");
    writeFileSync(join(dir, "taken.db"), "");
    const taken = run(["copy", "--to", "taken.db"]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain("already exists");
    const itself = run(["copy", "--to", dbPath]);
    expect(itself.status).toBe(2);
    expect(existsSync(join(dir, "nothing.db"))).toBe(false);
  });
});

describe("CASEFILE_DATABASE_URL", () => {
  const withUrl = (url: string, args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], {
      env: { ...process.env, CASEFILE_DB_PATH: dbPath, CASEFILE_DATABASE_URL: url, NODE_ENV: "test" },
      encoding: "utf8",
      timeout: 120_000,
      cwd: dir,
    });

  it("migrate creates PostgreSQL's schema there; the server on it is ready; SQLite-only commands refuse", async () => {
    const url = cluster.createDatabase("configured");
    const migrated = withUrl(url, ["migrate"]);
    expect(migrated.status, migrated.stderr).toBe(0);
    expect(migrated.stderr).toContain(`Migrated postgres://casefile@127.0.0.1:${cluster.port}/configured`);
    const config = loadConfig({ CASEFILE_DATABASE_URL: url, NODE_ENV: "test", CASEFILE_PUBLIC_READ: "true" });
    const server = await createServer({ config });
    try {
      expect(server.store.engine).toBe("postgres");
      const base = await server.listen(0, "127.0.0.1");
      const ready = await fetch(base.replace("/graphql", "/readyz"));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", pending: 0 });
    } finally {
      await server.close();
    }
    const refused = withUrl(url, ["export"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      "export works on the SQLite file only for now, and CASEFILE_DATABASE_URL selects PostgreSQL",
    );
    const unreachable = withUrl(`postgres://casefile@127.0.0.1:${cluster.port}/no_such_database`, ["migrate"]);
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain("cannot open the PostgreSQL database");
  }, 120_000);
});
