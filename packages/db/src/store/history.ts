/**
 * The revision history: pages of a record's history or of a case's activity, and what restoring
 * a past revision needs to know (the latest version a record reached, when it was first created).
 */
import type { RevisionRow } from "../tables/index.js";
import { inList, type SqlSession } from "./session.js";
import { columnsOf, type TableName, type TableRows } from "./table-info.js";

/**
 * The fields a revision stored for a record of `table` (its snapshot, or a deleted row's `before`
 * values), as fields of that table, to write back with `records.insert` or `records.update`.
 * Revisions are written from rows of the table, so every key is one of its fields; a key that is
 * not (a bug, or a column since dropped) throws here, before anything is written.
 */
export function revisionFields<T extends TableName>(table: T, values: Record<string, unknown>): Partial<TableRows[T]> {
  const columns = columnsOf(table);
  for (const key of Object.keys(values)) {
    if (!columns.has(key)) throw new Error(`a revision of ${table} holds ${key}, which is not a field of ${table}`);
  }
  return values as Partial<TableRows[T]>;
}

/** Which revisions `pageOfRevisions` lists: one record's (under any of its type names), one case's, or (empty) all. */
export interface RevisionFilter {
  record?: { id: string; types: readonly string[] };
  caseId?: string;
}

export interface RevisionPage {
  /** Up to `size + 1` revisions, newest first: one more than asked tells whether a next page exists. */
  rows: RevisionRow[];
  /** Revisions matching the filter, on all pages. */
  total: number;
}

export class HistoryStore {
  constructor(private readonly session: SqlSession) {}

  /** Newest-first revisions matching `filter` with ids below `beforeId` (keyset), `size + 1` of them. */
  async pageOfRevisions(filter: RevisionFilter, beforeId: number | null, size: number): Promise<RevisionPage> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.record) {
      const types = inList(filter.record.types);
      where.push(`record_id = ? AND record_type IN (${types.sql})`);
      params.push(filter.record.id, ...types.params);
    }
    if (filter.caseId !== undefined) {
      where.push("case_id = ?");
      params.push(filter.caseId);
    }
    const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = (await this.session.value<number>(`SELECT count(*) FROM revisions ${whereSql}`, params)) ?? 0;
    if (beforeId !== null) {
      where.push("id < ?");
      params.push(beforeId);
    }
    const rows = await this.session.all<RevisionRow>(
      `SELECT * FROM revisions ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`,
      [...params, size + 1],
    );
    return { rows, total };
  }

  /** The highest version the record's revisions reached under any of `types` (0 if it has none). */
  async latestVersion(recordId: string, types: readonly string[]): Promise<number> {
    const list = inList(types);
    return (
      (await this.session.value<number>(
        `SELECT max(version) FROM revisions WHERE record_id = ? AND record_type IN (${list.sql})`,
        [recordId, ...list.params],
      )) ?? 0
    );
  }

  /** When the record's first revision was written, or undefined if it has none. */
  firstCreatedAt(recordId: string): Promise<string | undefined> {
    return this.session.value<string>("SELECT created_at FROM revisions WHERE record_id = ? ORDER BY id LIMIT 1", [recordId]);
  }

  /** The id of the record's newest revision, or undefined if it has none. */
  async lastRevisionId(recordId: string): Promise<number | undefined> {
    return (
      (await this.session.value<number | null>("SELECT max(id) FROM revisions WHERE record_id = ?", [recordId])) ?? undefined
    );
  }
}
