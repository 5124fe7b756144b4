import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMigratedStore, openStore, sqliteSynchronous } from "../index.js";
import { loadBundle } from "./seed/index.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-wal-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const walBytes = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

describe("the write-ahead log", () => {
  it("is bounded: journal_size_limit is set, and a large import checkpoints and truncates it", () => {
    const store = openMigratedStore(join(dir, "wal.db"));
    try {
      expect(store.sqlite.pragma("journal_size_limit", { simple: true })).toBe(64 * 1024 * 1024);
      // A reader that held a snapshot would keep the log; another connection is open but idle.
      const other = openStore(store.path);
      loadBundle(store, {
        format: "casefile-bundle",
        version: 1,
        entities: Array.from({ length: 12_000 }, (_, i) => ({ id: `wal-${i}`, kind: "PERSON", name: `Person ${i}` })),
      });
      other.close();
      expect(walBytes(store.path)).toBe(0);
      expect(store.sqlite.prepare("SELECT count(*) FROM entities").pluck().get()).toBe(12_000);
    } finally {
      store.close();
    }
  });

  it("leaves a small import's log to the automatic checkpoints", () => {
    const store = openMigratedStore(join(dir, "small.db"));
    try {
      loadBundle(store, {
        format: "casefile-bundle",
        version: 1,
        entities: [{ id: "one", kind: "PERSON", name: "One" }],
      });
      expect(walBytes(store.path)).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});

describe("synchronous", () => {
  it("is NORMAL by default and FULL when asked, by option or by CASEFILE_SQLITE_SYNCHRONOUS", () => {
    const path = join(dir, "sync.db");
    const level = (s: ReturnType<typeof openStore>) => s.sqlite.pragma("synchronous", { simple: true });
    for (const [options, expected] of [
      [{}, 1],
      [{ synchronous: "normal" as const }, 1],
      [{ synchronous: "full" as const }, 2],
    ] as const) {
      const store = openStore(path, options);
      expect(level(store)).toBe(expected);
      store.close();
    }
    expect(sqliteSynchronous({})).toBe("normal");
    expect(sqliteSynchronous({ CASEFILE_SQLITE_SYNCHRONOUS: "full" })).toBe("full");
    expect(sqliteSynchronous({ CASEFILE_SQLITE_SYNCHRONOUS: "FULL" })).toBe("full");
    expect(() => sqliteSynchronous({ CASEFILE_SQLITE_SYNCHRONOUS: "off" })).toThrow(
      'CASEFILE_SQLITE_SYNCHRONOUS must be normal or full (got "off")',
    );
  });
});
