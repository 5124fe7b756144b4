/** SQLite's spelling of the fragments in ../store/dialect.ts. */
import type { Dialect } from "../store/dialect.js";
import { toFtsQuery } from "./fts.js";

export const sqliteDialect: Dialect = {
  name: "sqlite",
  boolean: (value) => (value ? 1 : 0),
  groupConcat: (expression) => `group_concat(${expression})`,
  jsonObject: (pairs) => `json_object(${pairs.map(([key, expression]) => `'${key}', ${expression}`).join(", ")})`,
  currentTimestamp: "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
  equalsIgnoringCase: (column) => `${column} = ? COLLATE NOCASE`,
  entityNameMatch: (text) => {
    const param = toFtsQuery(text, { prefixLast: false });
    return param === null
      ? null
      : { from: "entity_names_fts f JOIN entities e ON e.rowid = f.rowid", where: "entity_names_fts MATCH ?", param };
  },
};
