/**
 * seeds/check-bundle.ts is a generic validator: it resolves references inside the bundle, or
 * against a database given with --db (which it never writes), and reports every problem at once.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMigratedStore } from "../index.js";
import { loadBundleFile } from "./seed/index.js";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const script = fileURLToPath(new URL("../../../../seeds/check-bundle.ts", import.meta.url));
const seedBundle = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/bundle.json", import.meta.url));
const secondCase = fileURLToPath(new URL("../../test-fixtures/us-v-andrienko/bundle.json", import.meta.url));

let dir: string;
let dbPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-check-"));
  dbPath = join(dir, "seeded.db");
  const store = openMigratedStore(dbPath);
  loadBundleFile(store, seedBundle);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...args: string[]) =>
  spawnSync(join(packageDir, "node_modules/.bin/tsx"), [script, ...args], { cwd: packageDir, encoding: "utf8", timeout: 60_000 });

describe("check-bundle", () => {
  it("accepts the seed bundle on its own", () => {
    const result = check(seedBundle);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("OK (1 users, 2 cases");
    expect(result.status).toBe(0);
  });

  it("resolves a second case's references to shared entities against a database, and never writes it", () => {
    const alone = check(secondCase);
    expect(alone.status).toBe(1);
    expect(alone.stderr).toContain('$.entities[1].ref: no entity "person-kovalev" in the bundle or the database');

    const modified = statSync(dbPath).mtimeMs;
    const withDb = check(secondCase, "--db", dbPath);
    expect(withDb.stderr).toBe("");
    expect(withDb.status).toBe(0);
    expect(statSync(dbPath).mtimeMs).toBe(modified);
  });

  it("reports every problem at once, loader checks and conventions alike", () => {
    const bundle = JSON.parse(readFileSync(secondCase, "utf8"));
    bundle.cases[0].status = "SOMEWHERE"; // schema
    bundle.relationships[0].object = "org-missing"; // reference
    bundle.charges[0].id = "charge-count-1"; // another case's id
    delete bundle.events[0].confidence; // convention
    const file = join(dir, "four.json");
    writeFileSync(file, JSON.stringify(bundle));
    const result = check(file, "--db", dbPath);
    expect(result.status).toBe(1);
    for (const path of [
      "$.cases[0].status",
      "$.relationships[0].object",
      "$.charges[0].id",
      "$.events[0]: give the fact a confidence",
    ])
      expect(result.stderr).toContain(path);
    expect(result.stderr).toContain("4 problem(s)");
  });

  it("gives line and column for a JSON syntax error", () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '{\n  "format": "casefile-bundle",\n  "version": 1,\n}\n');
    const result = check(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("line 4, column 1: not valid JSON: expected another key (no comma before })");
  });
});
