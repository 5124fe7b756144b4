import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BulkFileError,
  BulkImportError,
  beginBulkSession,
  bulkImport,
  bulkImportFile,
  openMigratedStore,
  type SqliteStore as Store,
} from "../index.js";

let dir: string;
let path: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-bulk-"));
  path = join(dir, "bulk.db");
  store = openMigratedStore(path);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const people = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `p-${from + i}`,
    kind: "PERSON",
    name: `Person ${from + i} Quillfeather`,
    description: `Described by the word marmalade and number ${from + i}`,
  }));
const count = (sql: string, ...params: unknown[]) =>
  store.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;
const indexNames = () =>
  store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    .pluck()
    .all() as string[];

describe("bulkImport", () => {
  it("writes a batch whole, searchable, with one summary revision", () => {
    const result = bulkImport(store, { entities: people(0, 500) }, { label: "test" });
    expect(result.inserted).toEqual({ entities: 500 });
    expect(count("SELECT count(*) FROM entities")).toBe(500);
    expect(count("SELECT count(*) FROM entity_names_fts WHERE entity_names_fts MATCH 'quillfeather'")).toBe(500);
    expect(count("SELECT count(*) FROM entity_descriptions_fts WHERE entity_descriptions_fts MATCH 'marmalade'")).toBe(500);
    expect(count("SELECT count(*) FROM revisions WHERE record_type = 'BulkImport'")).toBe(1);
    // The FTS triggers it dropped for the batch are back: a later single insert is indexed.
    store.sqlite.prepare("INSERT INTO entities (id, kind, name) VALUES ('p-x', 'PERSON', 'Quillfeather Junior')").run();
    expect(count("SELECT count(*) FROM entity_names_fts WHERE entity_names_fts MATCH 'quillfeather'")).toBe(501);
  });

  it("refuses a bad row with where it is and what is wrong, and writes nothing", () => {
    const rows = people(0, 300);
    (rows[250] as { kind: string }).kind = "ROBOT";
    expect(() => bulkImport(store, { entities: rows })).toThrow(BulkImportError);
    expect(() => bulkImport(store, { entities: rows })).toThrow(/entities\[250\].*nothing in this batch was written/);
    bulkImport(store, { entities: people(0, 10) });
    // A duplicate id, found by SQLite mid-batch, rolls back the rows before it too.
    expect(() => bulkImport(store, { entities: people(5, 100) })).toThrow(/nothing in this batch was written/);
    expect(count("SELECT count(*) FROM entities")).toBe(10);
    expect(count("SELECT count(*) FROM entity_names_fts WHERE entity_names_fts MATCH 'quillfeather'")).toBe(10);
    expect(count("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'entity_names_fts_ai'")).toBe(1);
  });
});

describe("bulk sessions", () => {
  it("defers secondary indexes and builds the same ones when the session ends", () => {
    const before = indexNames();
    const uniqueIndexes = () =>
      store.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE UNIQUE%' ORDER BY name")
        .pluck()
        .all() as string[];
    const unique = uniqueIndexes();
    expect(unique.length).toBeGreaterThan(0);
    const end = beginBulkSession(store, { cacheMb: 16, deferIndexes: true });
    expect(indexNames()).not.toContain("entities_name_idx");
    // Unique indexes stay, so a duplicate is still refused during the session.
    expect(uniqueIndexes()).toEqual(unique);
    bulkImport(store, { entities: people(0, 1000) });
    expect(() => bulkImport(store, { entities: people(999, 2) })).toThrow(BulkImportError);
    const summary = end();
    expect(indexNames()).toEqual(before);
    expect(summary.indexMs.entities).toBeGreaterThan(0);
    expect(count("SELECT count(*) FROM deferred_indexes")).toBe(0);
    const plan = store.sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM entities ORDER BY name, id LIMIT 5")
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join(" ");
    expect(plan).toContain("entities_name_idx");
    expect(store.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("builds the indexes of a session whose process died, the next time the file is opened", () => {
    const before = indexNames();
    beginBulkSession(store, { deferIndexes: true }); // never ended
    bulkImport(store, { entities: people(0, 100) });
    expect(indexNames().length).toBeLessThan(before.length);
    store.close();
    store = openMigratedStore(path);
    expect(indexNames()).toEqual(before);
    expect(count("SELECT count(*) FROM deferred_indexes")).toBe(0);
  });
});

describe("bulkImportFile", () => {
  const write = (lines: string[]) => {
    const file = join(dir, "rows.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    return file;
  };
  const entityLine = (row: object) => JSON.stringify({ table: "entities", row });

  it("loads a file in batches, parents before children within each", async () => {
    const lines = [
      ...people(0, 5).map(entityLine),
      JSON.stringify({
        table: "relationships",
        row: { id: "r-1", subjectId: "p-0", predicate: "ASSOCIATED_WITH", objectId: "p-1" },
      }),
    ];
    const result = await bulkImportFile(store, write(lines), { batchRows: 4, deferIndexes: true });
    expect(result).toMatchObject({ batches: 2, rows: 6, inserted: { entities: 5, relationships: 1 } });
    expect(count("SELECT count(*) FROM relationships")).toBe(1);
    expect(count("SELECT count(*) FROM deferred_indexes")).toBe(0);
  });

  it.each([
    ["not json", /line 3: not valid JSON/],
    [JSON.stringify({ table: "robots", row: {} }), /line 3: "table" must be one of users, cases/],
    [JSON.stringify({ table: "entities", row: [1] }), /line 3: "row" must be an object/],
    [entityLine({ id: "p-9", kind: "PERSON" }), /line 3: bulk import: entities\[0\]: name is required/],
  ])("refuses %s with its line, keeping earlier batches", async (bad, message) => {
    const lines = [...people(0, 2).map(entityLine), bad, ...people(2, 2).map(entityLine)];
    const error = await bulkImportFile(store, write(lines), { batchRows: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BulkFileError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/2 rows of earlier batches were written/);
    expect(count("SELECT count(*) FROM entities")).toBe(2);
  });
});
