/**
 * Raw SQL for hot reads: prepared statements cached per connection, and rows converted to the
 * same camelCase shape Drizzle's `$inferSelect` types describe (JSON columns parsed, booleans).
 */
import type { Statement } from "better-sqlite3";
import {
  booleanColumnNames as booleanColumns,
  fieldNameOf as camel,
  jsonColumnNames as jsonColumns,
} from "../store/table-info.js";
import type { Sqlite } from "./store.js";

/**
 * Prepared statements kept per connection. Statements are built from a fixed set of shapes (IN
 * lists are padded to powers of two, see inList), so this bounds memory without evicting in
 * normal use; past it, the least recently used statement goes.
 */
export const STATEMENT_CACHE_SIZE = 500;

/** A Map that forgets its least recently used entry past `limit`. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
  }
  get size(): number {
    return this.map.size;
  }
}

/** Converts a raw row (snake_case columns) to the record shape the tables' types describe. */
export function toRecord<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const column in row) {
    const value = row[column];
    if (jsonColumns.has(column) && typeof value === "string") out[camel(column)] = JSON.parse(value);
    else if (booleanColumns.has(column)) out[camel(column)] = value === 1;
    else out[camel(column)] = value;
  }
  return out as T;
}

/**
 * How to turn one statement's raw rows (arrays) into records: the camelCase key and the kind of
 * conversion of each column, worked out once per statement instead of once per row and column.
 */
interface RowShape {
  keys: string[];
  /** 0: as is, 1: JSON text to parse, 2: 0/1 to boolean. */
  conversions: Uint8Array;
}

function shapeOf(statement: Statement<unknown[]>): RowShape {
  const columns = statement.columns().map((c) => c.name);
  return {
    keys: columns.map(camel),
    conversions: Uint8Array.from(columns, (c) => (jsonColumns.has(c) ? 1 : booleanColumns.has(c) ? 2 : 0)),
  };
}

function toRecords<T>(rows: unknown[][], shape: RowShape): T[] {
  const { keys, conversions } = shape;
  const width = keys.length;
  const out = new Array<T>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown[];
    const record: Record<string, unknown> = {};
    for (let c = 0; c < width; c++) {
      const value = row[c];
      const conversion = conversions[c];
      record[keys[c] as string] =
        conversion === 0 ? value : conversion === 1 ? (typeof value === "string" ? JSON.parse(value) : value) : value === 1;
    }
    out[r] = record as T;
  }
  return out;
}

export class Queries {
  private readonly cache = new Lru<Statement<unknown[]>>(STATEMENT_CACHE_SIZE);
  /** Statements in raw (array) mode with their row shape, for `all` and `get`. */
  private readonly shaped = new Lru<{ statement: Statement<unknown[]>; shape: RowShape }>(STATEMENT_CACHE_SIZE);
  constructor(readonly sqlite: Sqlite) {}

  private shapedStatement(sql: string) {
    let entry = this.shaped.get(sql);
    if (!entry) {
      const statement = this.sqlite.prepare(sql);
      const shape = shapeOf(statement);
      statement.raw(true);
      entry = { statement, shape };
      this.shaped.set(sql, entry);
    }
    return entry;
  }

  statement(sql: string, isPluck = false): Statement<unknown[]> {
    const key = isPluck ? `pluck:${sql}` : sql;
    let statement = this.cache.get(key);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      if (isPluck) statement.pluck();
      this.cache.set(key, statement);
    }
    return statement;
  }

  /** All rows, as records. */
  /** Statements prepared and kept (both caches). */
  get cachedStatements(): number {
    return this.cache.size + this.shaped.size;
  }

  all<T>(sql: string, params: readonly unknown[] = []): T[] {
    const { statement, shape } = this.shapedStatement(sql);
    return toRecords<T>(statement.all(...params) as unknown[][], shape);
  }

  /** First row as a record, or undefined. */
  get<T>(sql: string, params: readonly unknown[] = []): T | undefined {
    const { statement, shape } = this.shapedStatement(sql);
    const row = statement.get(...params) as unknown[] | undefined;
    return row === undefined ? undefined : (toRecords<T>([row], shape)[0] as T);
  }

  /** Rows as they come (no conversion): for aggregates. */
  raw<T>(sql: string, params: readonly unknown[] = []): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /** A single value. */
  value<T>(sql: string, params: readonly unknown[] = []): T | undefined {
    return this.statement(sql, true).get(...params) as T | undefined;
  }

  run(sql: string, params: readonly unknown[] = []) {
    return this.statement(sql).run(...params);
  }
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");
