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
   * True when the JSON array in `column` holds the value of the one `?` parameter the fragment
   * takes (for example, annotations with a tag).
   */
  jsonArrayContains(column: string): string;
  /** `left` equals `right`, where two nulls count as equal (comparing a nullable column to a parameter). */
  isNotDistinct(left: string, right: string): string;
}
