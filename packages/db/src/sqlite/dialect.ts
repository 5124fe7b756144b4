/** SQLite's spelling of the fragments in ../store/dialect.ts. */
import type { Dialect } from "../store/dialect.js";
import { toFtsQuery } from "./search.js";

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
  unionOrder: () => "",
  currentTimestamp: "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
  equalsIgnoringCase: (column) => `${column} = ? COLLATE NOCASE`,
  entityNameMatch: (text) => {
    const param = toFtsQuery(text, { prefixLast: false });
    return param === null
      ? null
      : { from: "entity_names_fts f JOIN entities e ON e.rowid = f.rowid", where: "entity_names_fts MATCH ?", param };
  },
};
