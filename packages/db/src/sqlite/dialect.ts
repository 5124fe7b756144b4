/** SQLite's spelling of the fragments in ../store/dialect.ts. */
import type { Dialect } from "../store/dialect.js";

export const sqliteDialect: Dialect = {
  name: "sqlite",
  boolean: (value) => (value ? 1 : 0),
  afterExplicitIds: () => null,
  groupConcat: (expression) => `group_concat(${expression})`,
  jsonObject: (pairs) => `json_object(${pairs.map(([key, expression]) => `'${key}', ${expression}`).join(", ")})`,
  jsonArrayValues: (parameter) => `SELECT value FROM json_each(${parameter})`,
  // The largest rowid: rows are never renumbered short of a VACUUM, so it bounds the count.
  tableSizeEstimate: (table) => `SELECT max(rowid) FROM ${table}`,
  indexHint: (index) => `INDEXED BY ${index}`,
  dayNumber: (expression) => `julianday(${expression})`,
  addDays: (date, days) => ({ sql: "date(?, ?)", params: [date, `${days} days`] }),
  jsonArrayContains: (column) => `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`,
  isNotDistinct: (left, right) => `${left} IS ${right}`,
};
