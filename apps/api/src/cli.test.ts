/**
 * The `casefile` command line, run as the operator runs it (a child process over a temporary
 * database file): argument parsing, and commands that must not create a database.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openMigratedStore } from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";
import { seedBundlePath } from "./test-support.js";

const bin = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
let dir: string;
let dbPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-cli-"));
  dbPath = join(dir, "casefile.db");
  const store = openMigratedStore(dbPath);
  loadBundleFile(store, seedBundlePath);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], db = dbPath) {
  return spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, CASEFILE_DB_PATH: db, NODE_ENV: "test" },
    encoding: "utf8",
    timeout: 60_000,
    cwd: dir,
  });
}

describe("casefile export", () => {
  it("exports the one case named, also without --out", () => {
    const result = run(["export", "us-v-netyksho"]);
    expect(result.status, result.stderr).toBe(0);
    const bundle = JSON.parse(result.stdout);
    expect(bundle.description).toBe("Export of case us-v-netyksho");
    expect(bundle.cases.map((c: { slug: string }) => c.slug)).toEqual(["us-v-netyksho"]);

    const toFile = run(["export", "--out", "case.json", "us-v-netyksho"]);
    expect(toFile.status, toFile.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "case.json"), "utf8"))).toEqual(bundle);
  });

  it("refuses a misspelled slug, naming it and the known slugs, and prints nothing", () => {
    for (const args of [
      ["export", "us-v-netyksh"],
      ["export", "us-v-netyksh", "--out", "typo.json"],
    ]) {
      const result = run(args);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('there is no case with slug "us-v-netyksh"');
      expect(result.stderr).toMatch(/known slugs: [a-z0-9, -]*us-v-netyksho/);
      expect(result.stdout).toBe("");
    }
    expect(existsSync(join(dir, "typo.json"))).toBe(false);
  });
});

describe("argument parsing", () => {
  it("refuses unknown options, missing values and extra arguments with exit code 2 and says what it takes", () => {
    const unknown = run(["export", "us-v-netyksho", "--bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("export does not take --bogus (it takes --out");
    const short = run(["migrate", "-x"]);
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("migrate does not take -x (it takes no options");
    const missing = run(["export", "--out"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--out needs a value");
    const flagValue = run(["import-ftm", "us-v-netyksho", "f.json", "--dry-run=yes"]);
    expect(flagValue.status).toBe(2);
    expect(flagValue.stderr).toContain("--dry-run takes no value");
    const extra = run(["export", "us-v-netyksho", "other-case"]);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain("export takes at most 1 argument(s), got: us-v-netyksho other-case");
  });

  it("answers --help after any command with the usage, and exit code 0", () => {
    const help = run(["bulk-import", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--defer-indexes");
  });
});

describe("commands that read or copy the database", () => {
  it("check reports the integrity of the database, or of a file it names", () => {
    const result = run(["check"]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain("Integrity check of");
    expect(result.stderr).toContain(": ok");
  });

  it.each([["check"], ["export"], ["backup", "copy.db"], ["reindex"], ["export-csv", "entities"]])(
    "%s refuses a database that does not exist, and creates none",
    (...args) => {
      const missing = join(dir, "nowhere", "missing.db");
      const result = run(args, missing);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`there is no database at ${missing}`);
      expect(result.stderr).not.toContain("ok");
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(join(dir, "nowhere"))).toBe(false);
      expect(existsSync(join(dir, "copy.db"))).toBe(false);
    },
  );

  it("check refuses a named file that does not exist", () => {
    const result = run(["check", "no-backup.db"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`there is no database at ${join(dir, "no-backup.db")}`);
    expect(existsSync(join(dir, "no-backup.db"))).toBe(false);
  });
});

describe("CASEFILE_SQLITE_SYNCHRONOUS", () => {
  it("is normal by default, full when asked, and anything else is a configuration error", () => {
    expect(loadConfig({}).CASEFILE_SQLITE_SYNCHRONOUS).toBe("normal");
    expect(loadConfig({ CASEFILE_SQLITE_SYNCHRONOUS: "FULL" }).CASEFILE_SQLITE_SYNCHRONOUS).toBe("full");
    expect(() => loadConfig({ CASEFILE_SQLITE_SYNCHRONOUS: "off" })).toThrow(ConfigError);
    expect(() => loadConfig({ CASEFILE_SQLITE_SYNCHRONOUS: "off" })).toThrow(
      'CASEFILE_SQLITE_SYNCHRONOUS: CASEFILE_SQLITE_SYNCHRONOUS must be normal or full (got "off")',
    );
    const result = spawnSync(process.execPath, [bin, "check"], {
      env: { ...process.env, CASEFILE_DB_PATH: dbPath, CASEFILE_SQLITE_SYNCHRONOUS: "off" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("CASEFILE_SQLITE_SYNCHRONOUS must be normal or full");
  });
});
