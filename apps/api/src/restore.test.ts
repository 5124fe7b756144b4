/**
 * `casefile restore` while the API is serving: the running server must see the restored
 * database, and writes it acknowledges afterwards must be in the file (they used to go into the
 * unlinked old file and vanish at the next restart).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@casefile/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EditingServer, startEditingServer } from "./test-accounts.js";

const bin = fileURLToPath(new URL("../bin/casefile.mjs", import.meta.url));
let t: EditingServer;
beforeAll(async () => {
  t = await startEditingServer();
});
afterAll(async () => {
  await t.close();
});

/** Runs the CLI in another process without blocking this one (the API under test keeps serving). */
function cli(...args: string[]) {
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, CASEFILE_DB_PATH: t.dbPath, NODE_ENV: "test" }, encoding: "utf8", timeout: 120_000 },
      (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

const create = async (name: string) => {
  const res = await t.editor(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`, {
    input: { kind: "PERSON", name },
  });
  expect(res.errors).toBeUndefined();
  return res.data.createEntity.entity.id as string;
};
const nameOf = async (id: string) =>
  ((await t.editor(`query($id: ID!) { node(id: $id) { ... on Entity { name } } }`, { id })).data.node?.name ?? null) as
    | string
    | null;

describe("restore while the API is serving", () => {
  it("restores into the live database: the server reads the backup's state and keeps every later write", async () => {
    const before = await create("Written before the backup");
    const backup = join(t.dbPath, "..", "backup.db");
    expect((await cli("backup", backup)).code).toBe(0);
    const discarded = await create("Written after the backup");

    const restored = await cli("restore", backup);
    expect(restored.code, restored.stderr).toBe(0);

    // The running server sees the restored database at once.
    expect(await nameOf(before)).toBe("Written before the backup");
    expect(await nameOf(discarded)).toBeNull();
    const after = await create("Written after the restore");
    expect(await nameOf(after)).toBe("Written after the restore");
    const ready = await fetch(new URL("/readyz", t.url));
    expect(ready.status).toBe(200);

    // A fresh connection (what a restarted server opens) finds the write acknowledged after the restore.
    const fresh = openStore(t.dbPath, { readonly: true });
    try {
      const names = fresh.sqlite.prepare("SELECT name FROM entities WHERE name LIKE 'Written %' ORDER BY name").pluck().all();
      expect(names).toEqual(["Written after the restore", "Written before the backup"]);
      expect(fresh.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      fresh.close();
    }
  });

  it("under steady writes, loses only the writes the restore replaced: every write after it stays", async () => {
    const backup = join(t.dbPath, "..", "steady.db");
    expect((await cli("backup", backup)).code).toBe(0);
    const written: { id: string; name: string; isAfterRestore: boolean }[] = [];
    let isRestored = false;
    let isDone = false;
    const writing = (async () => {
      // Sequential writes, one at a time, until the restore has finished and a few more went in.
      for (let i = 0; !isDone || written.filter((w) => w.isAfterRestore).length < 3; i++) {
        const name = `Steady write ${String(i).padStart(4, "0")}`;
        const res = await t.editor(`mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }`, {
          input: { kind: "PERSON", name },
        });
        // A write that meets the restore's write lock may answer 503 (busy, retry); never 500.
        expect(res.status === 200 || (res.status === 503 && res.headers.get("retry-after") !== null)).toBe(true);
        if (!res.errors) written.push({ id: res.data.createEntity.entity.id, name, isAfterRestore: isRestored });
        if (i > 2000) throw new Error("the restore did not finish within 2,000 writes");
      }
    })();
    while (written.length < 3) await new Promise((r) => setTimeout(r, 10));
    const restored = await cli("restore", backup);
    isRestored = true;
    isDone = true;
    await writing;
    expect(restored.code, restored.stderr).toBe(0);

    const fresh = openStore(t.dbPath, { readonly: true });
    try {
      const present = new Set(
        fresh.sqlite.prepare("SELECT name FROM entities WHERE name LIKE 'Steady write %'").pluck().all() as string[],
      );
      const kept = written.map((w) => present.has(w.name));
      // The restore replaced a first run of writes; every write after the first kept one is kept too.
      const firstKept = kept.indexOf(true);
      expect(firstKept).toBeGreaterThanOrEqual(0);
      expect(kept.slice(firstKept).every(Boolean)).toBe(true);
      // And every write acknowledged after the restore command finished is there.
      expect(written.filter((w) => w.isAfterRestore).every((w) => present.has(w.name))).toBe(true);
    } finally {
      fresh.close();
    }
  });

  it("refuses a damaged backup, and one that is not a database, and changes nothing", async () => {
    const { writeFileSync } = await import("node:fs");
    const junk = join(t.dbPath, "..", "junk.db");
    writeFileSync(junk, "this is not a database".repeat(100));
    const id = await create("Kept through a refused restore");
    const refused = await cli("restore", junk);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not a database|damaged/);
    expect(await nameOf(id)).toBe("Kept through a refused restore");
  });
});

describe("readiness when the database file is swapped by hand", () => {
  it("answers 503 on /readyz, naming the problem, once the open file is replaced", async () => {
    const own = await startEditingServer();
    try {
      expect((await fetch(new URL("/readyz", own.url))).status).toBe(200);
      // What `cp backup.db casefile.db` or a restore by hand does: a new file under the same name.
      const { copyFileSync, renameSync } = await import("node:fs");
      const copy = `${own.dbPath}.copy`;
      copyFileSync(own.dbPath, copy);
      renameSync(copy, own.dbPath);
      const ready = await fetch(new URL("/readyz", own.url));
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; problem: string };
      expect(body.status).toBe("database file changed");
      expect(body.problem).toContain("was replaced");
    } finally {
      await own.close();
    }
  });
});
