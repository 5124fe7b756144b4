/**
 * Moving a database between engines: the seeded case (with its revisions, users and sessions)
 * copied from SQLite to PostgreSQL and back gives the same data, checked with the engine-neutral
 * dump and, for the two SQLite files, with SQLite's own canonical dump (tables without JSON objects).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalDump } from "../sqlite/dump.js";
import { loadBundleFile } from "../sqlite/seed/index.js";
import { openMigratedStore, type SqliteStore } from "../sqlite/store.js";
import { copyStore, storeDigest, storeDump } from "../store/copy.js";
import { startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { migratePostgres, openPostgresStore, type PostgresStore } from "./store.js";

const bundlePath = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/bundle.json", import.meta.url));

let cluster: ThrowawayCluster;
let folder: string;
let source: SqliteStore;
let postgres: PostgresStore;

beforeAll(async () => {
  cluster = await startThrowawayCluster();
  folder = mkdtempSync(join(tmpdir(), "casefile-copy-"));
  source = openMigratedStore(join(folder, "source.db"));
  loadBundleFile(source, bundlePath);
  // A user with a session and a token, so accounts travel too.
  source.sqlite.exec(`
    INSERT INTO users (id, email, name, role, password_hash, is_disabled) VALUES ('usr_copy', 'copy@example.org', 'Copy Editor', 'EDITOR', 'scrypt$x', 1);
    INSERT INTO sessions (id, user_id, created_at, expires_at) VALUES ('sess_copy', 'usr_copy', '2026-11-30T00:00:00.000Z', '2026-12-14T00:00:00.000Z');
  `);
  const url = cluster.createDatabase("copy_target");
  await migratePostgres(url);
  postgres = openPostgresStore(url, { poolSize: 4 });
}, 120_000);

afterAll(async () => {
  await postgres?.close();
  await source?.close();
  cluster?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe("copying a database between engines", () => {
  it("copies SQLite to PostgreSQL with every row of every table, and reports progress", async () => {
    const progress: string[] = [];
    const copied = await copyStore(source, postgres, {
      batchRows: 100,
      onProgress: (p) => progress.push(`${p.table}:${p.copied}/${p.total}`),
    });
    expect(copied.entities).toBeGreaterThan(20);
    expect(copied.revisions).toBeGreaterThan(100);
    expect(copied.sessions).toBe(1);
    expect(progress.some((p) => p.startsWith("revisions:"))).toBe(true);
    expect(await storeDump(postgres)).toEqual(await storeDump(source));
    const digest = await storeDigest(source);
    expect(digest.entities?.rows).toBe(copied.entities);
    expect(await storeDigest(postgres)).toEqual(digest);
  }, 120_000);

  it("continues revision ids after the copied ones", async () => {
    const max = Number(await postgres.session.value<number>("SELECT max(id) FROM revisions"));
    const id = await postgres.write((tx) =>
      tx.records.appendRevision({
        recordType: "Case",
        recordId: "x",
        caseId: null,
        version: 1,
        action: "CREATE",
        actorId: null,
        changes: {},
        snapshot: null,
      }),
    );
    expect(id).toBe(max + 1);
    await postgres.write((tx) => tx.session.run("DELETE FROM revisions WHERE id = ?", [id]));
  });

  it("tells a copy that differs by one field from the source", async () => {
    const before = await storeDigest(postgres);
    const first = await postgres.session.get<{ id: string; description: string | null }>(
      "SELECT id, description FROM entities ORDER BY id LIMIT 1",
    );
    const setDescription = (value: string | null) =>
      postgres.write((tx) => tx.session.run("UPDATE entities SET description = ? WHERE id = ?", [value, first?.id]));
    await setDescription("changed");
    try {
      const after = await storeDigest(postgres);
      expect(after.entities?.rows).toBe(before.entities?.rows);
      expect(after.entities?.hash).not.toBe(before.entities?.hash);
      expect(after.relationships).toEqual(before.relationships);
    } finally {
      await setDescription(first?.description ?? null);
    }
    expect(await storeDigest(postgres)).toEqual(before);
  });

  it("refuses a target that is not empty, and changes nothing", async () => {
    const before = await storeDump(postgres);
    await expect(copyStore(source, postgres)).rejects.toThrow(/not empty/);
    expect(await storeDump(postgres)).toEqual(before);
  });

  it("copies back from PostgreSQL to a new SQLite file, identical to the original", async () => {
    const back = openMigratedStore(join(folder, "back.db"));
    try {
      await copyStore(postgres, back);
      expect(await storeDump(back)).toEqual(await storeDump(source));
      // SQLite's own dump (raw columns) agrees too, but for the order of keys inside JSON text:
      // jsonb keeps objects with their keys sorted, so they come back reordered (same values).
      const sqliteDump = (store: SqliteStore) =>
        canonicalDump(store, { excludeTables: ["__drizzle_migrations", "revisions", "entities"] });
      expect(sqliteDump(back)).toEqual(sqliteDump(source));
    } finally {
      await back.close();
    }
  }, 120_000);
});
