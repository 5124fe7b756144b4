/**
 * The bulk import path: many rows, fast, still atomic per batch.
 *
 * `bulkImport(store, batch)` writes one batch (rows of any tables, camelCase keys as the Drizzle
 * tables name them) in ONE IMMEDIATE transaction: it lands whole or not at all. Compared with the
 * bundle loader (packages/db/src/sqlite/seed), which validates references and quotes, diffs every row
 * against the database and appends one revision per row, the bulk path:
 *
 * - INSERTS only (no upsert): an id that exists already is a constraint error and the whole batch
 *   is rolled back. It is meant for loading new data (migrations from another tool, generated
 *   data), not for re-syncing a bundle.
 * - checks each row cheaply in JS before writing: required columns present, enum columns within
 *   their vocabulary, JSON columns serializable. References are checked by SQLite itself
 *   (foreign_keys = ON), so a dangling reference also rolls the batch back.
 * - writes with prepared multi-row INSERT statements (`INSERT ... VALUES (...), (...), ...`, up
 *   to `rowsPerStatement` rows per execution), cached per connection.
 * - keeps the full-text indexes in step inside the same transaction. `fts: "triggers"` lets the
 *   migration's FTS triggers fire per row; `fts: "deferred"` (the default) drops the AFTER INSERT
 *   FTS triggers for the duration of the transaction, indexes the batch's new rows with one
 *   `INSERT INTO <index> SELECT ... WHERE rowid > <max before>` per index, and recreates the
 *   triggers from their stored SQL before COMMIT. Either way search is consistent after COMMIT
 *   and nothing is visible before it.
 * - appends ONE summary revision per batch (record type `BulkImport`, action CREATE, the counts
 *   per table and the first and last id of each table in `changes`/`snapshot`), not one per row.
 *   History therefore shows bulk-loaded records as created by that import, without a per-record
 *   snapshot; the first edit of such a record starts its per-record history (version 1 -> 2).
 */
import { randomBytes } from "node:crypto";
import type { Statement } from "better-sqlite3";
import { getTableColumns } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import * as tables from "../tables/index.js";
import type { Sqlite, SqliteStore as Store } from "./store.js";

/** Tables the bulk path writes, in the order a batch writes them (parents first). */
export const bulkTables = [
  "users",
  "cases",
  "sources",
  "entities",
  "case_roles",
  "relationships",
  "events",
  "event_participants",
  "charges",
  "charge_defendants",
  "citations",
  "annotations",
] as const;
export type BulkTable = (typeof bulkTables)[number];

type Row = Record<string, unknown>;
/** One batch: rows per table (camelCase keys, as `typeof table.$inferInsert`). */
export type BulkBatch = Partial<Record<BulkTable, readonly Row[]>>;

export interface BulkOptions {
  /** Who the summary revision names (null: the import itself). */
  actorId?: string | null;
  /** Free text kept in the summary revision (e.g. the file or generator the batch came from). */
  label?: string;
  /** How the FTS5 indexes are kept in step (see the module comment). Default "deferred". */
  fts?: "deferred" | "triggers";
  /** Rows per INSERT execution (capped so a statement stays under SQLite's 32766 parameters). Default 200. */
  rowsPerStatement?: number;
  /**
   * Memory FTS5 may use for pending index data during the batch (its `hashsize`, default 1 MB),
   * restored after. Fewer, larger index segments: about 15% faster entity loads. Default 16.
   */
  ftsMemoryMb?: number;
  /** Skip the per-row JS checks (the database still enforces NOT NULL, keys and references). */
  trusted?: boolean;
}

export interface BulkResult {
  /** Rows inserted per table. */
  inserted: Partial<Record<BulkTable, number>>;
  total: number;
  /** Id of the summary revision. */
  revisionId: number;
  milliseconds: number;
}

export class BulkImportError extends Error {
  constructor(
    message: string,
    readonly table: BulkTable,
    readonly index: number,
  ) {
    super(`bulk import: ${table}[${index}]: ${message} (nothing in this batch was written)`);
    this.name = "BulkImportError";
  }
}

const drizzleTables: Record<BulkTable, object> = {
  users: tables.users,
  cases: tables.cases,
  sources: tables.sources,
  entities: tables.entities,
  case_roles: tables.caseRolesTable,
  relationships: tables.relationships,
  events: tables.events,
  event_participants: tables.eventParticipants,
  charges: tables.charges,
  charge_defendants: tables.chargeDefendants,
  citations: tables.citations,
  annotations: tables.annotations,
};

/** The external-content FTS5 indexes over each table (migrations 0001, 0006 and 0010), and their columns. */
export const ftsIndexes: Partial<Record<BulkTable, { fts: string; columns: string[] }[]>> = {
  entities: [
    { fts: "entity_names_fts", columns: ["name", "aliases"] },
    { fts: "entity_descriptions_fts", columns: ["description"] },
    { fts: "entity_text_fts", columns: ["name", "aliases", "description"] },
  ],
  events: [{ fts: "events_fts", columns: ["title", "description"] }],
  sources: [{ fts: "sources_fts", columns: ["title", "author", "publisher", "description", "text"] }],
  annotations: [{ fts: "annotations_fts", columns: ["body", "tags"] }],
};

const MAX_PARAMETERS = 32766;

interface ColumnPlan {
  key: string;
  column: string;
  isJson: boolean;
  isBoolean: boolean;
  isTimestamp: boolean;
  notNull: boolean;
  /** JS-side default from the table definition (undefined: none). */
  fallback: unknown;
  enumValues: ReadonlySet<string> | null;
}

interface TablePlan {
  table: BulkTable;
  columns: ColumnPlan[];
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const plans = new Map<BulkTable, TablePlan>();
function planOf(table: BulkTable): TablePlan {
  let plan = plans.get(table);
  if (plan) return plan;
  const columns = Object.entries(getTableColumns(drizzleTables[table] as never) as Record<string, SQLiteColumn>).map(
    ([key, col]): ColumnPlan => {
      const c = col as SQLiteColumn & { mode?: string; enumValues?: readonly string[]; dataType: string; columnType: string };
      const isTimestamp = key === "createdAt" || key === "updatedAt";
      const hasSqlDefault =
        c.hasDefault &&
        typeof c.default === "object" &&
        c.default !== null &&
        !Array.isArray(c.default) &&
        "queryChunks" in (c.default as object);
      return {
        key,
        column: snake(key),
        isJson: c.dataType === "json",
        isBoolean: c.dataType === "boolean",
        isTimestamp,
        notNull: c.notNull,
        fallback: c.hasDefault && !hasSqlDefault ? c.default : undefined,
        enumValues: c.enumValues && c.enumValues.length > 0 ? new Set(c.enumValues) : null,
      };
    },
  );
  plan = { table, columns };
  plans.set(table, plan);
  return plan;
}

/** Prepared statements per connection: `${table}:${rows}` -> multi-row INSERT. */
const statementCache = new WeakMap<Sqlite, Map<string, Statement<unknown[]>>>();
function insertStatement(sqlite: Sqlite, plan: TablePlan, rows: number): Statement<unknown[]> {
  let cache = statementCache.get(sqlite);
  if (!cache) {
    cache = new Map();
    statementCache.set(sqlite, cache);
  }
  const key = `${plan.table}:${rows}`;
  let statement = cache.get(key);
  if (!statement) {
    const tuple = `(${plan.columns.map(() => "?").join(", ")})`;
    statement = sqlite.prepare(
      `INSERT INTO ${plan.table} (${plan.columns.map((c) => c.column).join(", ")}) VALUES ${Array.from({ length: rows }, () => tuple).join(", ")}`,
    );
    cache.set(key, statement);
  }
  return statement;
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Writes the values of `row` into `out` from `offset`; throws a BulkImportError on a bad value. */
function fillRow(plan: TablePlan, row: Row, index: number, now: string, out: unknown[], offset: number, trusted: boolean) {
  const { columns } = plan;
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c] as ColumnPlan;
    let value = row[col.key];
    if (value === undefined || value === null) {
      if (col.isTimestamp) value = now;
      else if (col.fallback !== undefined) value = col.fallback;
      else if (col.notNull) throw new BulkImportError(`${col.key} is required`, plan.table, index);
      else value = null;
    } else if (!trusted && col.enumValues && !col.enumValues.has(value as string)) {
      throw new BulkImportError(
        `${col.key} is ${describe(value)}: expected one of ${[...col.enumValues].join(", ")}`,
        plan.table,
        index,
      );
    }
    if (value !== null) {
      if (col.isJson) value = typeof value === "string" && trusted ? value : JSON.stringify(value);
      else if (col.isBoolean) value = value ? 1 : 0;
      else if (!trusted && typeof value === "object") {
        throw new BulkImportError(
          `${col.key} is ${describe(value)}: expected a ${typeof col.fallback === "number" ? "number" : "string"}`,
          plan.table,
          index,
        );
      }
    }
    out[offset + c] = value;
  }
}

function insertRows(
  sqlite: Sqlite,
  plan: TablePlan,
  rows: readonly Row[],
  now: string,
  rowsPerStatement: number,
  trusted: boolean,
) {
  const width = plan.columns.length;
  const perStatement = Math.max(1, Math.min(rowsPerStatement, Math.floor(MAX_PARAMETERS / width)));
  let params: unknown[] = new Array(perStatement * width);
  for (let start = 0; start < rows.length; start += perStatement) {
    const count = Math.min(perStatement, rows.length - start);
    if (count !== perStatement) params = new Array(count * width);
    for (let i = 0; i < count; i++) fillRow(plan, rows[start + i] as Row, start + i, now, params, i * width, trusted);
    try {
      insertStatement(sqlite, plan, count).run(params);
    } catch (error) {
      const message = (error as Error).message;
      throw new BulkImportError(`${message} (in rows ${start}-${start + count - 1})`, plan.table, start);
    }
  }
}

interface TriggerSql {
  name: string;
  sql: string;
}

/** The AFTER INSERT trigger that feeds an FTS index, with its SQL (to recreate it as it was). */
function ftsInsertTriggers(sqlite: Sqlite, table: BulkTable, fts: string): TriggerSql[] {
  return sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name = ?")
    .all(table, `${fts}_ai`) as TriggerSql[];
}

let batchCounter = 0;

/** Writes one batch in one transaction (see the module comment). */
export function bulkImport(store: Store, batch: BulkBatch, options: BulkOptions = {}): BulkResult {
  const started = performance.now();
  const { sqlite } = store;
  const ftsMode = options.fts ?? "deferred";
  const rowsPerStatement = options.rowsPerStatement ?? 200;
  const trusted = options.trusted ?? false;
  const inserted: Partial<Record<BulkTable, number>> = {};
  let total = 0;
  const batchId = `bulk_${Date.now().toString(36)}${randomBytes(4).toString("hex")}${(batchCounter++).toString(36)}`;

  const revisionId = sqlite
    .transaction(() => {
      const now = new Date().toISOString();
      const deferred: { table: BulkTable; fts: string; columns: string[]; triggers: TriggerSql[]; maxRowid: number }[] = [];
      const hashsizes: { fts: string; previous: number }[] = [];
      for (const table of bulkTables) {
        const rows = batch[table];
        const indexes = ftsIndexes[table];
        if (!rows?.length || !indexes) continue;
        const maxRowid = (sqlite.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number) ?? 0;
        for (const { fts, columns } of indexes) {
          const previous =
            (sqlite.prepare(`SELECT v FROM ${fts}_config WHERE k = 'hashsize'`).pluck().get() as number | undefined) ??
            1024 * 1024;
          // FTS5 wants an integer here: inline it (a bound JS number arrives as a REAL).
          sqlite.exec(
            `INSERT INTO ${fts}(${fts}, rank) VALUES ('hashsize', ${Math.round((options.ftsMemoryMb ?? 16) * 1024 * 1024)})`,
          );
          hashsizes.push({ fts, previous });
          if (ftsMode !== "deferred") continue;
          const triggers = ftsInsertTriggers(sqlite, table, fts);
          for (const t of triggers) sqlite.exec(`DROP TRIGGER ${t.name}`);
          deferred.push({ table, fts, columns, triggers, maxRowid });
        }
      }
      const summary: Record<string, { count: number; firstId: unknown; lastId: unknown }> = {};
      for (const table of bulkTables) {
        const rows = batch[table];
        if (!rows?.length) continue;
        insertRows(sqlite, planOf(table), rows, now, rowsPerStatement, trusted);
        inserted[table] = rows.length;
        total += rows.length;
        summary[table] = { count: rows.length, firstId: rows[0]?.id ?? null, lastId: rows.at(-1)?.id ?? null };
      }
      for (const { table, fts, columns, triggers, maxRowid } of deferred) {
        sqlite
          .prepare(
            `INSERT INTO ${fts}(rowid, ${columns.join(", ")}) SELECT rowid, ${columns.join(", ")} FROM ${table} WHERE rowid > ?`,
          )
          .run(maxRowid);
        for (const t of triggers) sqlite.exec(t.sql);
      }
      for (const { fts, previous } of hashsizes) {
        sqlite.exec(`INSERT INTO ${fts}(${fts}, rank) VALUES ('hashsize', ${Math.round(Number(previous))})`);
      }
      const changes = Object.fromEntries(Object.entries(summary).map(([t, s]) => [t, { before: 0, after: s.count }]));
      const info = sqlite
        .prepare(
          `INSERT INTO revisions (record_type, record_id, case_id, version, action, actor_id, created_at, changes, snapshot)
           VALUES ('BulkImport', ?, NULL, 1, 'CREATE', ?, ?, ?, ?)`,
        )
        .run(
          batchId,
          options.actorId ?? null,
          now,
          JSON.stringify(changes),
          JSON.stringify({ label: options.label ?? null, fts: ftsMode, tables: summary }),
        );
      return Number(info.lastInsertRowid);
    })
    .immediate();

  return { inserted, total, revisionId, milliseconds: performance.now() - started };
}

export interface BulkSessionOptions {
  /** Page cache while loading, in MB (default 256): index pages of large tables stay in memory. */
  cacheMb?: number;
  /**
   * Drop the secondary (non-unique) indexes of the bulk tables for the session and build them
   * once when it ends: one sort per index instead of a random B-tree insert per row and index.
   * For loading into an empty or small database; into a large one, rebuilding its indexes costs
   * more than it saves. Unique indexes stay, so duplicates are still refused per batch. The
   * dropped indexes are listed in `deferred_indexes` first: if the process dies before the
   * session ends, the next `migrateStore` (every server start and CLI command) builds them.
   */
  deferIndexes?: boolean;
}

export interface BulkSessionSummary {
  /** Milliseconds spent building each table's deferred indexes when the session ended. */
  indexMs: Partial<Record<BulkTable, number>>;
  /** Milliseconds of ANALYZE and the WAL checkpoint. */
  finishMs: number;
}

/**
 * Settings for a long series of bulk batches (see BulkSessionOptions). The returned function
 * ends the session: it builds any deferred indexes, restores the cache size, refreshes the query
 * planner's statistics (ANALYZE with a sampling limit, so it takes seconds, not minutes, on
 * millions of rows) and checkpoints the WAL.
 */
export function beginBulkSession(store: Store, options: BulkSessionOptions = {}): () => BulkSessionSummary {
  const { sqlite } = store;
  const previousCache = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma(`cache_size = ${-1024 * (options.cacheMb ?? 256)}`);
  if (options.deferIndexes) {
    sqlite
      .transaction(() => {
        const indexes = sqlite
          .prepare(
            `SELECT name, tbl_name AS tableName, sql FROM sqlite_master
             WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
               AND tbl_name IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(bulkTables)) as { name: string; tableName: string; sql: string }[];
        const record = sqlite.prepare("INSERT OR REPLACE INTO deferred_indexes (name, table_name, sql) VALUES (?, ?, ?)");
        for (const index of indexes) {
          record.run(index.name, index.tableName, index.sql);
          sqlite.exec(`DROP INDEX "${index.name}"`);
        }
      })
      .immediate();
  }
  return () => {
    const indexMs = restoreDeferredIndexes(store);
    const started = performance.now();
    sqlite.pragma("analysis_limit = 2000");
    sqlite.exec("ANALYZE");
    sqlite.pragma("analysis_limit = 0");
    sqlite.pragma(`cache_size = ${previousCache}`);
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
    return { indexMs, finishMs: performance.now() - started };
  };
}

/**
 * Builds the indexes a bulk session deferred (listed in `deferred_indexes`), one transaction
 * per index, and returns the milliseconds spent per table. Run when a session ends, and by
 * `migrateStore`, which heals a session whose process died before it ended.
 */
export function restoreDeferredIndexes(store: Store): Partial<Record<BulkTable, number>> {
  const { sqlite } = store;
  const indexMs: Partial<Record<BulkTable, number>> = {};
  const pending = sqlite.prepare("SELECT name, table_name AS tableName, sql FROM deferred_indexes ORDER BY rowid").all() as {
    name: string;
    tableName: BulkTable;
    sql: string;
  }[];
  for (const index of pending) {
    const started = performance.now();
    sqlite
      .transaction(() => {
        sqlite.exec(index.sql.replace(/^CREATE INDEX /i, "CREATE INDEX IF NOT EXISTS "));
        sqlite.prepare("DELETE FROM deferred_indexes WHERE name = ?").run(index.name);
      })
      .immediate();
    indexMs[index.tableName] = (indexMs[index.tableName] ?? 0) + performance.now() - started;
  }
  return indexMs;
}
