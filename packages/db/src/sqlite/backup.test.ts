import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupStore, checkIntegrity, openMigratedStore, openStore, type SqliteStore as Store } from "../index.js";
import { loadBundle } from "./seed/index.js";

/** The writer stops by itself after this many writes: the bound of the test. */
const MAX_WRITES = 20_000;
/** The same bound for the writer on the test's own thread. */
const MAX_INTERLEAVED = 3_000;

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-backup-"));
  store = openMigratedStore(join(dir, "live.db"));
  loadBundle(store, {
    format: "casefile-bundle",
    version: 1,
    entities: Array.from({ length: 8_000 }, (_, i) => ({
      id: `bulk-person-${i}`,
      kind: "PERSON",
      name: `Person ${i} of the backup test`,
      description: "Padding so that the database spans many pages. ".repeat(24),
    })),
  });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Another connection (in a worker thread, so it runs while this thread is busy) inserting one
 * entity per transaction until told to stop or MAX_WRITES is reached. `written()` counts commits.
 */
function startWriter(dbPath: string) {
  const shared = new Int32Array(new SharedArrayBuffer(8)); // [0] commits, [1] stop flag
  const worker = new Worker(
    `
    const { workerData } = require("node:worker_threads");
    const Database = require(workerData.driver);
    const db = new Database(workerData.dbPath);
    db.pragma("busy_timeout = 10000");
    db.pragma("synchronous = NORMAL"); // as the API writes
    const insert = db.prepare("INSERT INTO entities (id, kind, name) VALUES (?, 'PERSON', ?)");
    const shared = workerData.shared;
    for (let i = 0; i < workerData.max && Atomics.load(shared, 1) === 0; i++) {
      insert.run("writer-" + i, "Written during the backup " + i);
      Atomics.store(shared, 0, i + 1);
    }
    db.close();
    `,
    {
      eval: true,
      workerData: { dbPath, shared, max: MAX_WRITES, driver: createRequire(import.meta.url).resolve("better-sqlite3") },
    },
  );
  const done = new Promise<void>((resolve, reject) => {
    worker.on("error", reject);
    worker.on("exit", () => resolve());
  });
  return {
    written: () => Atomics.load(shared, 0),
    async stop() {
      Atomics.store(shared, 1, 1);
      await done;
    },
  };
}

describe("backup", () => {
  it("completes while other connections write steadily, and the copy passes the integrity check", async () => {
    // Two writers: one in a worker thread (it runs while this thread is busy in SQLite), and one
    // on this thread that commits between any two steps of an asynchronous, step-wise backup
    // (the online backup API restarts after every such write, so it never finished).
    const writer = startWriter(store.path);
    while (writer.written() < 200) await new Promise((r) => setTimeout(r, 5));
    const other = openStore(store.path);
    const insert = other.sqlite.prepare("INSERT INTO entities (id, kind, name) VALUES (?, 'PERSON', ?)");
    let isDone = false;
    let interleaved = 0;
    const interleaving = (async () => {
      while (!isDone && interleaved < MAX_INTERLEAVED) {
        insert.run(`interleaved-${interleaved}`, `Interleaved with the backup ${interleaved}`);
        interleaved++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    const before = writer.written();
    const destination = join(dir, "backups", "copy.db");
    await backupStore(store, destination);
    isDone = true;
    const after = writer.written();
    const interleavedAtEnd = interleaved;
    await interleaving;
    await writer.stop();
    other.close();
    // The backup finished while both writers could still write, and the worker went on committing during it.
    expect(interleavedAtEnd).toBeLessThan(MAX_INTERLEAVED);
    expect(after).toBeLessThan(MAX_WRITES);
    expect(after).toBeGreaterThan(before);

    const copy = openStore(destination, { readonly: true });
    try {
      expect(checkIntegrity(copy)).toBe("ok");
      const count = (like: string) =>
        copy.sqlite.prepare("SELECT count(*) FROM entities WHERE id LIKE ?").pluck().get(like) as number;
      const copied = count("writer-%");
      // A consistent snapshot: every write committed before the backup began, none after it ended.
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(after);
      expect(count("interleaved-%")).toBeLessThanOrEqual(interleavedAtEnd);
      expect(count("bulk-person-%")).toBe(8_000);
      // Full-text indexes come along.
      expect(
        copy.sqlite.prepare("SELECT count(*) FROM entity_names_fts WHERE entity_names_fts MATCH 'backup'").pluck().get(),
      ).toBe(8_000 + copied + count("interleaved-%"));
    } finally {
      copy.close();
    }
  });

  it("replaces an older backup file whole, and refuses to write over the database itself", async () => {
    const destination = join(dir, "copy.db");
    await backupStore(store, destination);
    store.sqlite.prepare("INSERT INTO entities (id, kind, name) VALUES ('late', 'PERSON', 'Late')").run();
    await backupStore(store, destination);
    const copy = openStore(destination, { readonly: true });
    try {
      expect(copy.sqlite.prepare("SELECT name FROM entities WHERE id = 'late'").pluck().get()).toBe("Late");
    } finally {
      copy.close();
    }
    await expect(backupStore(store, store.path)).rejects.toThrow(/not the database itself/);
    expect(checkIntegrity(store)).toBe("ok");
  });
});

describe("storeFileProblem", () => {
  it("is null while the file is the one opened, and says so when it is replaced or deleted", async () => {
    const { renameSync, unlinkSync, copyFileSync } = await import("node:fs");
    const { storeFileProblem } = await import("../index.js");
    expect(storeFileProblem(store)).toBeNull();
    const other = join(dir, "other.db");
    await backupStore(store, other);
    const replaced = openStore(other);
    try {
      copyFileSync(other, join(dir, "third.db"));
      renameSync(join(dir, "third.db"), other);
      expect(storeFileProblem(replaced)).toMatch(/was replaced by another file while open/);
      unlinkSync(other);
      expect(storeFileProblem(replaced)).toMatch(/was deleted while open/);
    } finally {
      replaced.close();
    }
  });
});
