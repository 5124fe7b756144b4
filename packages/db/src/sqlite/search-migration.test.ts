/**
 * Migration 0010 builds its search indexes from the rows already there: a database migrated to
 * the migration before it, holding an entity, a case with an event and a source, finds them all
 * through the new stemmed indexes once migrated.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { migrateStore, migrationsFolder, openStore } from "../index.js";

const dir = mkdtempSync(join(tmpdir(), "casefile-search-migration-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("migration 0010_search_ranking", () => {
  it("indexes existing entities, events and sources", () => {
    // The migrations before 0010, as a database made before it would have run.
    const before = join(dir, "migrations");
    cpSync(migrationsFolder, before, { recursive: true });
    const journalPath = join(before, "meta", "_journal.json");
    const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < "0010");
    writeFileSync(journalPath, JSON.stringify(journal));
    const store = openStore(join(dir, "old.db"));
    try {
      migrate(store.db, { migrationsFolder: before });
      const sqlite = store.sqlite;
      sqlite
        .prepare("INSERT INTO entities (id, kind, name, aliases, description) VALUES (?, 'PERSON', ?, '[]', ?)")
        .run("p1", "Marta Quill", "Courier who recruited voters");
      sqlite.prepare("INSERT INTO cases (id, slug, caption, status) VALUES ('c1', 'c1', 'A case', 'OPEN')").run();
      sqlite
        .prepare(
          `INSERT INTO events (id, case_id, title, kind, date, date_precision, range_start, range_end, description)
           VALUES ('e1', 'c1', 'Warehouse fires', 'OTHER', '2017-02-03', 'DAY', '2017-02-03', '2017-02-03', 'Servers burned')`,
        )
        .run();
      sqlite
        .prepare(
          "INSERT INTO sources (id, kind, title, author, publisher) VALUES ('s1', 'REPORT', 'Annual review', 'Ada Lovelace', 'Ledger Press')",
        )
        .run();
      expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'entity_text_fts'").pluck().get()).toBe(0);

      migrateStore(store);
      const hits = (fts: string, match: string) =>
        sqlite.prepare(`SELECT count(*) FROM ${fts} WHERE ${fts} MATCH ?`).pluck().get(match);
      expect(hits("entity_text_fts", '"quill" "voter" "recruit"')).toBe(1);
      expect(hits("events_fts", '"warehouse" "fire"')).toBe(1);
      expect(hits("sources_fts", '"lovelace" "ledger"')).toBe(1);
      expect(sqlite.prepare("SELECT doc FROM entity_names_vocab WHERE term = 'quill'").pluck().get()).toBe(1);
    } finally {
      store.close();
    }
  });
});
