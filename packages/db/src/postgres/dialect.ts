/** PostgreSQL's spelling of the fragments in ../store/dialect.ts. */
import type { Dialect } from "../store/dialect.js";
import { wordsToTsquery } from "./search.js";

export const postgresDialect: Dialect = {
  name: "postgres",
  boolean: (value) => value,
  afterExplicitIds: (table, column) =>
    `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), GREATEST(1, (SELECT COALESCE(max(${column}), 0) FROM ${table})))`,
  jsonArrayValues: (parameter) => `SELECT value FROM jsonb_array_elements_text((${parameter})::jsonb) AS elements(value)`,
  tableSizeEstimate: (table) => `SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = '${table}'::regclass`,
  // PostgreSQL's planner takes no hints.
  indexHint: () => "",
  dayNumber: (expression) => `((${expression})::date - DATE '2000-01-01')`,
  addDays: (date, days) => ({ sql: "to_char(?::date + ?::integer, 'YYYY-MM-DD')", params: [date, days] }),
  jsonArrayContains: (column) => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(${column}) AS elements(value) WHERE value = ?)`,
  isNotDistinct: (left, right) => `${left} IS NOT DISTINCT FROM ${right}`,
  // (A UNION orders by an output column only; byte order holds under the C collation.)
  unionOrder: (column) => `ORDER BY ${column} `,
  currentTimestamp: `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  equalsIgnoringCase: (column) => `lower(${column}) = lower(?)`,
  // Through the search index's names (./search.ts): every word whole, folded as names are.
  entityNameMatch: (text) => {
    const param = wordsToTsquery(text, false);
    return param === null
      ? null
      : { from: "search_entities s JOIN entities e ON e.id = s.id", where: "s.names @@ to_tsquery('casefile_names', ?)", param };
  },
  groupConcat: (expression) => `string_agg((${expression})::text, ',')`,
  // ::text: the session hands JSON built in SQL back as text, as SQLite's json_object does.
  jsonObject: (pairs) => `json_build_object(${pairs.map(([key, expression]) => `'${key}', ${expression}`).join(", ")})::text`,
};
