/**
 * Raw SQL for hot reads: prepared statements cached per connection, and rows converted to the
 * same camelCase shape Drizzle's `$inferSelect` types describe (JSON columns parsed, booleans).
 */
import type { Statement } from "better-sqlite3";
import type { Sqlite } from "./index.js";

const jsonColumns = new Set(["aliases", "tags", "field_statuses", "changes", "snapshot"]);
const booleanColumns = new Set(["is_orphaned", "is_disabled"]);
const camelCache = new Map<string, string>();

function camel(column: string): string {
  let key = camelCache.get(column);
  if (key === undefined) {
    key = column.replace(/(?<!^)_([a-z])/g, (_, c: string) => c.toUpperCase());
    camelCache.set(column, key);
  }
  return key;
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

export class Queries {
  private readonly cache = new Map<string, Statement<unknown[]>>();
  constructor(readonly sqlite: Sqlite) {}

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
  all<T>(sql: string, params: unknown[] = []): T[] {
    return (this.statement(sql).all(...params) as Record<string, unknown>[]).map((row) => toRecord<T>(row));
  }

  /** First row as a record, or undefined. */
  get<T>(sql: string, params: unknown[] = []): T | undefined {
    const row = this.statement(sql).get(...params) as Record<string, unknown> | undefined;
    return row === undefined ? undefined : toRecord<T>(row);
  }

  /** Rows as they come (no conversion): for aggregates. */
  raw<T>(sql: string, params: unknown[] = []): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /** A single value. */
  value<T>(sql: string, params: unknown[] = []): T | undefined {
    return this.statement(sql, true).get(...params) as T | undefined;
  }

  run(sql: string, params: unknown[] = []) {
    return this.statement(sql).run(...params);
  }
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");
