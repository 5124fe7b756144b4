/**
 * A SqlSession over one better-sqlite3 connection. better-sqlite3 is synchronous; the session
 * is asynchronous so that store modules are written once for every engine. The cost is one
 * resolved promise per statement (measured in docs/benchmarks/store-refactor.md).
 */
import type { SqlParams, SqlSession } from "../store/session.js";
import { sqliteDialect } from "./dialect.js";
import type { Queries } from "./queries.js";

export class SqliteSession implements SqlSession {
  readonly dialect = sqliteDialect;
  constructor(
    readonly queries: Queries,
    readonly isWriting: boolean,
  ) {}

  async all<T>(sql: string, params?: SqlParams): Promise<T[]> {
    return this.queries.all<T>(sql, params);
  }

  async get<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return this.queries.get<T>(sql, params);
  }

  async value<T>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return this.queries.value<T>(sql, params);
  }

  async raw<T>(sql: string, params?: SqlParams): Promise<T[]> {
    return this.queries.raw<T>(sql, params);
  }

  async run(sql: string, params?: SqlParams): Promise<{ changes: number }> {
    return { changes: this.queries.run(sql, params).changes };
  }
}
