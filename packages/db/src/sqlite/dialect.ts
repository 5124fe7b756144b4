/** SQLite's spelling of the fragments in ../store/dialect.ts. */
import type { Dialect } from "../store/dialect.js";

export const sqliteDialect: Dialect = {
  name: "sqlite",
  boolean: (value) => (value ? 1 : 0),
  groupConcat: (expression) => `group_concat(${expression})`,
  jsonObject: (pairs) => `json_object(${pairs.map(([key, expression]) => `'${key}', ${expression}`).join(", ")})`,
  jsonArrayContains: (column) => `EXISTS (SELECT 1 FROM json_each(${column}) WHERE value = ?)`,
  isNotDistinct: (left, right) => `${left} IS ${right}`,
};
