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
