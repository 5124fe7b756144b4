/**
 * The SQL fragments that differ between engines. Store modules build their statements from
 * portable SQL plus these; each engine's adapter implements them (SQLite: ../sqlite/dialect.ts).
 * Add a member here, with its meaning, when a store module needs a construct that is not
 * portable, instead of writing the engine's syntax in the module.
 */
export interface Dialect {
  /** The engine's name, for messages. */
  readonly name: "sqlite" | "postgres";
  /** A boolean as a parameter value (SQLite has no boolean type: 1 and 0). */
  boolean(value: boolean): unknown;
  /**
   * A statement to run after rows were inserted with explicit values for `table`'s generated
   * `column` (a copy), so later inserts continue after the largest; null when the engine
   * needs none (SQLite's rowid-based ids do).
   */
  afterExplicitIds(table: string, column: string): string | null;
  /** Concatenates the non-null values of `expression` in a group, separated by commas. */
  groupConcat(expression: string): string;
  /**
   * A JSON object built in SQL from `[key, expression]` pairs (returned as JSON text the session
   * does not parse: read it with JSON.parse).
   */
  jsonObject(pairs: readonly (readonly [key: string, expression: string])[]): string;
  /**
   * A subquery selecting the elements of a JSON array bound to `parameter` (a placeholder such as
   * `?`, given the array's JSON text), one row each, in a column named `value`: for `x IN (...)`
   * over a list of any length with one statement and one parameter.
   */
  jsonArrayValues(parameter: string): string;
  /**
   * A statement answering about how many rows `table` holds, cheaply (it may overcount): to
   * choose between plans, never to show.
   */
  tableSizeEstimate(table: string): string;
  /** Tells the engine to read the table just named through `index` (empty where it takes no hints). */
  indexHint(index: string): string;
  /** A date or instant as a (fractional) day number, so that two of them subtract to days. */
  dayNumber(expression: string): string;
  /** SQL for the date `date` moved by `days` days (negative: earlier), with its parameters. */
  addDays(date: string, days: number): { sql: string; params: unknown[] };
  /**
   * True when the JSON array in `column` holds the value of the one `?` parameter the fragment
   * takes (for example, annotations with a tag).
   */
  jsonArrayContains(column: string): string;
  /** `left` equals `right`, where two nulls count as equal (comparing a nullable column to a parameter). */
  isNotDistinct(left: string, right: string): string;
  /**
   * What a `UNION` of rows with a unique first column needs before its `LIMIT` so that every
   * engine keeps the same rows in the same order: ascending by that column (an output column
   * of the UNION), followed by a space when not empty. SQLite's UNION already merges its sides
   * sorted on every column (empty here); PostgreSQL hashes, so it needs the ORDER BY.
   */
  unionOrder(column: string): string;
  /** The current time as ISO-8601 text in UTC with milliseconds (`2024-01-31T12:00:00.000Z`), as an SQL expression. */
  readonly currentTimestamp: string;
  /** `column = ?` compared without regard to letter case (ASCII), for one parameter. */
  equalsIgnoringCase(column: string): string;
  /**
   * Entities whose name or aliases hold every word of `text` (whole words, not prefixes), through
   * the engine's full-text index of entity names: a FROM clause that names the entities `e`, a
   * WHERE condition with one `?`, and its parameter; null when `text` has no words.
   */
  entityNameMatch(text: string): { from: string; where: string; param: string } | null;
}
