/** SQLite's spelling of the fragments in ../store/dialect.ts. */
import type { Dialect } from "../store/dialect.js";
import { toFtsQuery } from "./fts.js";

export const sqliteDialect: Dialect = {
  name: "sqlite",
  boolean: (value) => (value ? 1 : 0),
  groupConcat: (expression) => `group_concat(${expression})`,
  jsonObject: (pairs) => `json_object(${pairs.map(([key, expression]) => `'${key}', ${expression}`).join(", ")})`,
  textQuery: (text, options) => toFtsQuery(text, options),
  entityTextMatches:
    "SELECT rowid FROM entity_names_fts WHERE entity_names_fts MATCH ? UNION SELECT rowid FROM entity_descriptions_fts WHERE entity_descriptions_fts MATCH ?",
  rowKey: "rowid",
  indexHint: (index) => `INDEXED BY ${index}`,
  dayNumber: (expression) => `julianday(${expression})`,
  addDays: (date, days) => ({ sql: "date(?, ?)", params: [date, `${days} days`] }),
};
