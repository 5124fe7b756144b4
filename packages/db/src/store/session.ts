/**
 * The one thing every domain store talks to: an asynchronous SQL session. A session is either
 * the store's read side (each statement sees the last committed state) or the connection of
 * one write transaction (`store.write(async (tx) => ...)`), never both. Records come back in the
 * shape the table definitions describe (camelCase keys, JSON columns parsed, booleans), so no
 * store module converts rows by hand.
 *
 * SQL given to a session is the portable subset both engines speak, with `?` placeholders;
 * anything engine-specific comes from `session.dialect` (SQLite's lives in ../sqlite/).
 */
import type { Dialect } from "./dialect.js";

export type SqlParams = readonly unknown[];

export interface RunResult {
  /** Rows the statement inserted, updated or deleted. */
  changes: number;
}

export interface SqlSession {
  /** All rows, as records. */
  all<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** The first row as a record, or undefined. */
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  /** The first column of the first row, or undefined. */
  value<T>(sql: string, params?: SqlParams): Promise<T | undefined>;
  /** Rows exactly as the engine returns them (no conversion): for aggregates. */
  raw<T>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Runs a statement that returns no rows. */
  run(sql: string, params?: SqlParams): Promise<RunResult>;
  /** True inside a write transaction. */
  readonly isWriting: boolean;
  readonly dialect: Dialect;
}

/**
 * `?, ?, ?, ?` for an IN list, with the values padded (by repeating the last) to the next power
 * of two: a statement is prepared once per size class instead of once per list length, so the
 * statement cache stays small however the batch sizes vary. Padding changes no result (IN).
 */
export function inList(values: readonly unknown[]): { sql: string; params: unknown[] } {
  if (values.length === 0) return { sql: "NULL", params: [] };
  let size = 1;
  while (size < values.length) size *= 2;
  const params = [...values];
  const last = values[values.length - 1];
  while (params.length < size) params.push(last);
  return { sql: params.map(() => "?").join(", "), params };
}
