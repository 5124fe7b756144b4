import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupStore, checkIntegrity, openMigratedStore, type SqliteStore as Store, toFtsQuery } from "../index.js";
import { BundleError, exportBundle, loadBundle, loadBundleFile, restoreStore } from "./seed/index.js";

const seedBundle = fileURLToPath(new URL("../../../../seeds/us-v-netyksho/bundle.json", import.meta.url));

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "casefile-db-"));
  store = openMigratedStore(join(dir, "test.db"));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table, for comparing whole databases. */
function dump(s: Store): Record<string, unknown[]> {
  const tables = s.sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%'",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, s.sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

describe("the bundle loader", () => {
  it("loads the seed once and changes nothing when loaded again", () => {
    const first = loadBundleFile(store, seedBundle);
    expect(first.created).toBeGreaterThan(500);
    const before = dump(store);
    const second = loadBundleFile(store, seedBundle);
    expect(second).toMatchObject({ created: 0, updated: 0 });
    expect(dump(store)).toEqual(before);
  });

  it("rejects a broken bundle with every problem and its JSON path, and writes nothing", () => {
    loadBundleFile(store, seedBundle);
    const before = dump(store);
    const broken = {
      format: "casefile-bundle",
      version: 1,
      entities: [
        {
          id: "person-new",
          kind: "PERSON",
          name: "New Person",
          citations: [{ source: "src-article", quote: { exact: "not in the article" } }],
        },
        { id: "person-bad", kind: "PERSON", name: "" },
        { id: "org-x", kind: "ORGANIZATION", name: "X", organizationKind: "SECRET_SOCIETY" },
      ],
      relationships: [{ id: "rel-x", subject: "person-new", predicate: "MEMBER_OF", object: "org-missing" }],
      events: [{ id: "event-x", case: "us-v-netyksho", title: "x", kind: "OTHER", date: "2016-02-30" }],
    };
    let error: unknown;
    try {
      loadBundle(store, broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BundleError);
    const paths = (error as BundleError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["$.entities[1].name", "$.entities[2].organizationKind", "$.events[0].date"]));
    expect(dump(store)).toEqual(before);

    // With the schema problems fixed, the reference and quote problems are reported.
    const schemaValid = { ...broken, entities: [broken.entities[0]], events: [] };
    try {
      loadBundle(store, schemaValid);
      expect.unreachable();
    } catch (e) {
      const issues = (e as BundleError).issues;
      expect(issues).toEqual(
        expect.arrayContaining([
          { path: "$.entities[0].citations[0].quote.exact", message: expect.stringContaining("does not occur") },
          { path: "$.relationships[0].object", message: expect.stringContaining("org-missing") },
        ]),
      );
    }
    expect(dump(store)).toEqual(before);
  });

  it("refuses quotes for sources without text", () => {
    loadBundleFile(store, seedBundle);
    expect(() =>
      loadBundle(store, {
        format: "casefile-bundle",
        version: 1,
        entities: [{ id: "p", kind: "PERSON", name: "P", citations: [{ source: "src-indictment", quote: { exact: "x" } }] }],
      }),
    ).toThrow(/cite it with a locator/);
  });
});

describe("full-text search", () => {
  it("keeps the index in step with inserts, updates and deletes", () => {
    loadBundleFile(store, seedBundle);
    const find = (q: string) =>
      store.sqlite
        .prepare("SELECT e.name FROM entity_names_fts f JOIN entities e ON e.rowid = f.rowid WHERE entity_names_fts MATCH ?")
        .pluck()
        .all(toFtsQuery(q)) as string[];
    const describedBy = (q: string) =>
      store.sqlite
        .prepare(
          "SELECT e.name FROM entity_descriptions_fts f JOIN entities e ON e.rowid = f.rowid WHERE entity_descriptions_fts MATCH ? ORDER BY e.name",
        )
        .pluck()
        .all(toFtsQuery(q, { prefixLast: false })) as string[];
    expect(find("Fancy Bear")).toEqual(["Unit 26165"]);
    expect(describedBy("spearphishing departments")).toEqual(["Unit 26165"]);
    store.sqlite
      .prepare("UPDATE entities SET aliases = '[\"Strontium Dog\"]', description = NULL WHERE id = 'org-unit-26165'")
      .run();
    expect(find("Fancy Bear")).toEqual([]);
    expect(find("strontium dog")).toEqual(["Unit 26165"]);
    expect(describedBy("spearphishing departments")).toEqual([]);
    store.sqlite.prepare("UPDATE entities SET description = 'Runs the hack-and-leak desk' WHERE id = 'org-unit-26165'").run();
    expect(describedBy("leak desk")).toEqual(["Unit 26165"]);
    store.sqlite.prepare("INSERT INTO entities (id, kind, name) VALUES ('p-new', 'PERSON', 'Zebulon Quartermaine')").run();
    expect(find("zebulon")).toEqual(["Zebulon Quartermaine"]);
    store.sqlite.prepare("DELETE FROM entities WHERE id = 'p-new'").run();
    expect(find("zebulon")).toEqual([]);
  });

  it("turns any typed text into a safe query", () => {
    expect(toFtsQuery('guccifer "2.0')).toBe('"guccifer" "2" "0"*');
    expect(toFtsQuery("NEAR(a b) OR *")).toBe('"NEAR" "a" "b" "OR"*');
    expect(toFtsQuery("  ()*  ")).toBeNull();
  });
});

describe("backup and restore", () => {
  it("round-trips a live database through a backup file", async () => {
    loadBundleFile(store, seedBundle);
    const backup = join(dir, "backup.db");
    await backupStore(store, backup);
    const target = join(dir, "restored.db");
    await restoreStore(backup, target);
    const restored = openMigratedStore(target);
    try {
      expect(checkIntegrity(restored)).toBe("ok");
      expect(dump(restored)).toEqual(dump(store));
    } finally {
      restored.close();
    }
  });

  it("exports a case that imports into an empty database with the same rows", () => {
    loadBundleFile(store, seedBundle);
    const bundle = JSON.parse(JSON.stringify(exportBundle(store)));
    const other = openMigratedStore(join(dir, "other.db"));
    try {
      loadBundle(other, bundle);
      const strip = (d: Record<string, unknown[]>) => {
        const { revisions: _r, ...rest } = d;
        return JSON.parse(JSON.stringify(rest, (k, v) => (k === "created_at" || k === "updated_at" ? undefined : v)));
      };
      const sortRows = (d: Record<string, any[]>) =>
        Object.fromEntries(
          Object.entries(d).map(([t, rows]) => [t, [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)))]),
        );
      expect(sortRows(strip(dump(other)))).toEqual(sortRows(strip(dump(store))));
    } finally {
      other.close();
    }
    expect(readFileSync(seedBundle, "utf8").length).toBeGreaterThan(0);
  });
});
