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
  /** Concatenates the non-null values of `expression` in a group, separated by commas. */
  groupConcat(expression: string): string;
  /**
   * A JSON object built in SQL from `[key, expression]` pairs (returned as JSON text the session
   * does not parse: read it with JSON.parse).
   */
  jsonObject(pairs: readonly (readonly [key: string, expression: string])[]): string;
  /**
   * User text as the engine's full-text query over the entity text indexes (each word a quoted
   * term; the last a prefix unless `prefixLast` is false), or null when it has no searchable words.
   */
  textQuery(text: string, options?: { prefixLast?: boolean }): string | null;
  /**
   * A subquery selecting the row key (`rowKey`) of the entities whose names or aliases match the
   * first parameter, or whose description matches the second (both made by `textQuery`).
   */
  readonly entityTextMatches: string;
  /** The column that identifies a row to the engine's text indexes (SQLite: rowid). */
  readonly rowKey: string;
  /** Tells the engine to read the table just named through `index` (empty where it takes no hints). */
  indexHint(index: string): string;
  /** A date or instant as a (fractional) day number, so that two of them subtract to days. */
  dayNumber(expression: string): string;
  /** SQL for the date `date` moved by `days` days (negative: earlier), with its parameters. */
  addDays(date: string, days: number): { sql: string; params: unknown[] };
}
