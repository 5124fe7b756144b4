/**
 * The CLI's bundle commands against a real database file: `import --dry-run` prints the plan
 * and writes nothing, an id of another case is refused with its path, `create-case` creates a
 * case through the shared validation, and `import-ftm` creates the case its stream carries.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openMigratedStore } from "@casefile/db";
import { loadBundleFile } from "@casefile/db/seed";
import { exportCaseFtm, toFtmJsonLines } from "@casefile/interop/ftm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
const seedBundle = fileURLToPath(new URL("../../../seeds/us-v-netyksho/bundle.json", import.meta.url));
const secondCase = fileURLToPath(new URL("../../../packages/db/test-fixtures/us-v-andrienko/bundle.json", import.meta.url));

let dir: string;
let dbPath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-bundle-cli-"));
  dbPath = join(dir, "casefile.db");
  const store = openMigratedStore(dbPath);
  loadBundleFile(store, seedBundle);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, CASEFILE_DB_PATH: db, NODE_ENV: "test" },
    encoding: "utf8",
    timeout: 60_000,
  });
const count = (db: string, sql: string) => {
  const store = openMigratedStore(db);
  try {
    return store.sqlite.prepare(sql).pluck().get();
  } finally {
    store.close();
  }
};

describe("casefile import", () => {
  it("--dry-run prints the plan per case and table and what it adds to other cases' records, and writes nothing", () => {
    const revisions = count(dbPath, "SELECT count(*) FROM revisions");
    const dry = run(dbPath, "import", secondCase, "--dry-run");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run \(nothing written\) .*: \d+ created, 0 updated/);
    expect(dry.stdout).toMatch(/ {2}us-v-andrienko\n {4}cases {16}1 created, 0 updated, 0 unchanged/);
    expect(dry.stdout).toMatch(
      /\+ citations cit:entity:person-kovalev:\w+ \(also used by case "us-v-netyksho"\): added on entity person-kovalev/,
    );
    expect(count(dbPath, "SELECT count(*) FROM revisions")).toBe(revisions);
    expect(count(dbPath, "SELECT count(*) FROM cases WHERE id = 'us-v-andrienko'")).toBe(0);
  });

  it("refuses an id of another case's record, with its path, the owning case and a fix", () => {
    const bundle = JSON.parse(readFileSync(secondCase, "utf8"));
    bundle.charges[0].id = "charge-count-1";
    const file = join(dir, "collision.json");
    writeFileSync(file, JSON.stringify(bundle));
    const refused = run(dbPath, "import", file);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('$.charges[0].id: id "charge-count-1" already belongs to count 1');
    expect(refused.stderr).toContain('of case "us-v-netyksho"');
    expect(count(dbPath, "SELECT case_id FROM charges WHERE id = 'charge-count-1'")).toBe("us-v-netyksho");
  });
});

describe("casefile import (arguments and full exports)", () => {
  it("takes only --dry-run and one file: anything else is a usage error (exit 2) that writes nothing", () => {
    for (const args of [
      ["import", secondCase, "--dry-run=yes"],
      ["import", secondCase, "--force"],
      ["import", secondCase, secondCase],
      ["import"],
      ["create-case", "us-v-extra", "--caption", "Extra"],
      ["create-case", "--slug"],
    ]) {
      const result = run(dbPath, ...args);
      expect(result.status, `${args.join(" ")}: ${result.stderr}`).toBe(2);
    }
    expect(count(dbPath, "SELECT count(*) FROM cases WHERE slug IN ('us-v-andrienko', 'us-v-extra')")).toBe(0);
  });

  it("--dry-run refuses a database that does not exist, and creates none", () => {
    const missing = join(dir, "missing.db");
    const dry = run(missing, "import", secondCase, "--dry-run");
    expect(dry.status).toBe(2);
    expect(dry.stderr).toContain("there is no database at");
    expect(existsSync(missing)).toBe(false);
  });

  it("plans a changed password hash of a full export without printing it", () => {
    const db = join(dir, "accounts.db");
    const store = openMigratedStore(db);
    loadBundleFile(store, seedBundle);
    store.sqlite.prepare("UPDATE users SET password_hash = 'scrypt$old-secret' WHERE id = 'user-casefile-seed'").run();
    store.close();
    const file = join(dir, "everything.json");
    expect(run(db, "export", "--out", file).status).toBe(0);
    const everything = JSON.parse(readFileSync(file, "utf8"));
    const seedUser = everything.users.find((u: { id: string }) => u.id === "user-casefile-seed");
    expect(seedUser.passwordHash).toBe("scrypt$old-secret");
    Object.assign(seedUser, { passwordHash: "scrypt$new-secret", updateShared: true });
    writeFileSync(file, JSON.stringify(everything));
    const dry = run(db, "import", file, "--dry-run");
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("passwordHash: (hidden) → (hidden)");
    expect(dry.stdout).not.toContain("secret");
  });
});

describe("casefile create-case", () => {
  it("creates a case, and refuses a taken or malformed slug naming the option", () => {
    const created = run(
      dbPath,
      "create-case",
      "--slug",
      "us-v-ira",
      "--caption",
      "United States v. Internet Research Agency LLC et al.",
      "--status",
      "DISMISSED",
      "--filed-date",
      "2018-02-16",
    );
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Created case us-v-ira \(id /);
    expect(count(dbPath, "SELECT status FROM cases WHERE slug = 'us-v-ira'")).toBe("DISMISSED");

    const taken = run(dbPath, "create-case", "--slug", "us-v-ira", "--caption", "Again");
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain('--slug: the slug "us-v-ira" is taken');
    const bad = run(dbPath, "create-case", "--slug", "US v IRA", "--caption", "x", "--filed-date", "2018-13");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--slug: slug must be lowercase.*--filed-date: /);
  });
});

describe("casefile import-ftm", () => {
  it("creates the case the stream carries in a database without it", async () => {
    const source = openMigratedStore(dbPath);
    const stream = join(dir, "netyksho.ftm.json");
    writeFileSync(stream, toFtmJsonLines((await exportCaseFtm(source, "us-v-netyksho")).entities));
    source.close();
    // A database without the case (import-ftm works on an existing database and creates none).
    const empty = join(dir, "empty.db");
    expect(run(empty, "migrate").status).toBe(0);
    const imported = run(empty, "import-ftm", "us-v-netyksho", stream);
    expect(imported.status, imported.stderr).toBe(0);
    expect(count(empty, "SELECT caption FROM cases WHERE slug = 'us-v-netyksho'")).toBe(
      "United States v. Viktor Borisovich Netyksho et al.",
    );
    expect(count(empty, "SELECT count(*) FROM case_roles WHERE case_id = 'us-v-netyksho' AND role = 'DEFENDANT'")).toBe(12);
  });
});
