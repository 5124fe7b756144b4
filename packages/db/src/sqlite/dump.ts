/**
 * A canonical dump of a database: every table's rows, in an order that does not depend on how
 * or in which order they were written, for comparing two databases (an export re-imported, one
 * engine against another). Purely derived data is left out: FTS5 index tables and their shadow
 * tables, and SQLite's own tables.
 */
import type { SqliteStore as Store } from "./store.js";

export type CanonicalDump = Record<string, Record<string, unknown>[]>;

export interface DumpOptions {
  /** Tables to leave out (e.g. "revisions", whose rows record when the comparison's writes ran). */
  excludeTables?: readonly string[];
  /** Columns to leave out, as "table.column" or "*.column" for every table. */
  excludeColumns?: readonly string[];
}

/** Names of the FTS5 tables and their shadow tables (`<fts>_data`, `_idx`, `_content`, `_docsize`, `_config`). */
export function derivedTables(store: Store): Set<string> {
  const virtual = store.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    .pluck()
    .all() as string[];
  const derived = new Set(virtual);
  for (const name of virtual) {
    for (const suffix of ["data", "idx", "content", "docsize", "config"]) derived.add(`${name}_${suffix}`);
  }
  return derived;
}

/** JSON with object keys sorted, so equal rows give equal strings. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * Every table (sorted by name) with every row (columns sorted by name; rows sorted by their
 * canonical JSON). Integers stay numbers, text stays text, NULL is null.
 */
export function canonicalDump(store: Store, options: DumpOptions = {}): CanonicalDump {
  const derived = derivedTables(store);
  const excluded = new Set(options.excludeTables ?? []);
  const tables = (
    store.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((name) => !derived.has(name) && !excluded.has(name));
  const dropColumns = options.excludeColumns ?? [];
  const dump: CanonicalDump = {};
  for (const table of tables) {
    const drop = new Set(
      dropColumns.filter((c) => c.startsWith(`${table}.`) || c.startsWith("*.")).map((c) => c.slice(c.indexOf(".") + 1)),
    );
    const rows = (store.sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([column]) => !drop.has(column))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
    );
    const keyed = rows.map((row) => [canonicalJson(row), row] as const);
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    dump[table] = keyed.map(([, row]) => row);
  }
  return dump;
}
