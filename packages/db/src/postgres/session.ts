/**
 * A SqlSession over node-postgres: a pool (the read side) or one pooled client holding a write
 * transaction. Statements arrive with `?` placeholders (the portable form every store module
 * writes) and are sent with PostgreSQL's `$1, $2, ...`; rows come back as records (camelCase
 * keys; jsonb and booleans are already JavaScript values).
 */
import pg from "pg";
import type { SqlParams, SqlSession } from "../store/session.js";
import { fieldNameOf as camel } from "../store/table-info.js";
import { postgresDialect } from "./dialect.js";

/** int8 (count(*), identity ids) and numeric as numbers: every such value here fits in 2^53. */
export const postgresTypes = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

const positionalCache = new Map<string, string>();

/** `?` placeholders to `$n`, outside quoted strings and identifiers. */
export function toPositional(sql: string): string {
  let text = positionalCache.get(sql);
  if (text !== undefined) return text;
  let out = "";
  let n = 0;
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === "?") {
      n += 1;
      out += `$${n}`;
    } else out += char;
  }
  text = out;
  if (positionalCache.size < 2000) positionalCache.set(sql, text);
  return text;
}

type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

export class PostgresSession implements SqlSession {
  readonly dialect = postgresDialect;
  constructor(
    private readonly client: Queryable,
    readonly isWriting: boolean,
  ) {}

  private query(sql: string, params: SqlParams = [], rowMode?: "array") {
    return this.client.query({ text: toPositional(sql), values: params as unknown[], ...(rowMode ? { rowMode } : {}) });
  }

  async all<T>(sql: string, params?: SqlParams): Promise<T[]> {
    const result = await this.query(sql, params, "array");
    const keys = result.fields.map((f) => camel(f.name));
    const rows = result.rows as unknown[][];
    const out = new Array<T>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as unknown[];
      const record: Record<string, unknown> = {};
      for (let c = 0; c < keys.length; c++) record[keys[c] as string] = row[c];
      out[r] = record as T;
    }
    return out;
  }

  async get<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async value<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    const result = await this.query(sql, params, "array");
    return (result.rows[0] as unknown[] | undefined)?.[0] as T | undefined;
  }

  async raw<T>(sql: string, params?: SqlParams): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async run(sql: string, params?: SqlParams): Promise<{ changes: number }> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }
}
