/**
 * Building blocks for per-request DataLoaders. Each turns the keys one GraphQL tick asks for
 * into a single SQL statement, so statements per request grow with query depth, not list size.
 */
import DataLoader from "dataloader";
import { inList, type SqlSession } from "./session.js";

/** Loads rows of a table by primary key. */
export function rowsById<T extends { id: string }>(session: SqlSession, table: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const list = inList(ids);
    const rows = await session.all<T>(`SELECT * FROM ${table} WHERE id IN (${list.sql})`, list.params);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Loads lists keyed by one column: `sql(ph)` must select rows whose `keyField` is IN (ph),
 * in the order the lists should have.
 */
export function listsBy<T>(session: SqlSession, sql: (ph: string) => string, keyField: string, extraParams: unknown[] = []) {
  return new DataLoader<string, T[]>(async (keys) => {
    const list = inList(keys);
    const rows = await session.all<T & Record<string, unknown>>(sql(list.sql), [...list.params, ...extraParams]);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = row[keyField] as string;
      let list = groups.get(key);
      if (!list) {
        list = [];
        groups.set(key, list);
      }
      list.push(row);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export interface PageKey {
  parent: string;
  offset: number;
  size: number;
  /** Extra filter values; keys with different filters go to different statements. */
  filter?: string;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

/** What `pagesBy` needs to know about a per-parent list, for the parents of one batch. */
export interface PageQuery {
  /** Candidate rows, with a `_parent` column. */
  sql: string;
  /** ORDER BY terms over the candidate rows, aliased `c`. */
  orderBy: string;
  params: unknown[];
  /**
   * Optional: a cheaper statement returning the number of candidate rows of a single parent
   * (for example index-only counts). Default: count(*) over `sql`.
   */
  count?: { sql: string; params: unknown[] };
}

/**
 * Loads one page of a per-parent list for many parents in one statement. `inner(ph, filter,
 * parents)` selects candidate rows with a `_parent` column (and returns all its parameters,
 * parents included).
 *
 * - One parent (an entity page, by far the most common case): a plain ORDER BY ... LIMIT/OFFSET,
 *   which SQLite answers with a bounded top-N sort, plus a count only when the page is full or
 *   starts past the beginning (a short first page is its own total). For an entity with
 *   thousands of relationships this is an order of magnitude cheaper than numbering every row.
 * - Several parents: window functions, row numbers and totals per parent, in one statement.
 */
export function pagesBy<T>(session: SqlSession, inner: (ph: string, filter: string | undefined, parents: string[]) => PageQuery) {
  return new DataLoader<PageKey, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey[]>();
      for (const key of keys) {
        const group = `${key.offset}:${key.size}:${key.filter ?? ""}`;
        let list = groups.get(group);
        if (!list) {
          list = [];
          groups.set(group, list);
        }
        list.push(key);
      }
      const results = new Map<string, Page<T>>();
      for (const group of groups.values()) {
        const { offset, size, filter } = group[0] as PageKey;
        const keyOf = (parent: string) => pageKey({ parent, offset, size, filter });
        const parents = [...new Set(group.map((k) => k.parent))];
        const parentList = inList(parents);
        const query = inner(parentList.sql, filter, parentList.params as string[]);
        const { sql, orderBy, params } = query;
        if (parents.length === 1) {
          const rows = await session.all<T>(`SELECT c.* FROM (${sql}) AS c ORDER BY ${orderBy} LIMIT ? OFFSET ?`, [
            ...params,
            size,
            offset,
          ]);
          let total = offset + rows.length;
          if (rows.length === size || (offset > 0 && rows.length === 0)) {
            total = query.count
              ? ((await session.value<number>(query.count.sql, query.count.params)) ?? 0)
              : ((await session.value<number>(`SELECT count(*) FROM (${sql}) AS c`, params)) ?? 0);
          }
          results.set(keyOf(parents[0] as string), { rows, total });
          continue;
        }
        const rows = await session.all<T & { _parent: string; _rn: number; _total: number }>(
          `SELECT * FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c._parent ORDER BY ${orderBy}) AS _rn,
             COUNT(*) OVER (PARTITION BY c._parent) AS _total FROM (${sql}) AS c) AS numbered
           WHERE _rn > ? AND _rn <= ? ORDER BY _parent, _rn`,
          [...params, offset, offset + size],
        );
        for (const parent of parents) results.set(keyOf(parent), { rows: [], total: 0 });
        for (const row of rows) {
          const page = results.get(keyOf(row._parent)) as Page<T>;
          page.total = row._total;
          page.rows.push(row);
        }
        // Parents paged past the end of their list still need their total.
        const missing = parents.filter((p) => results.get(keyOf(p))?.rows.length === 0);
        if (missing.length > 0 && offset > 0) {
          const missingList = inList(missing);
          const again = inner(missingList.sql, filter, missingList.params as string[]);
          const counts = await session.raw<{ _parent: string; n: number }>(
            `SELECT c._parent, COUNT(*) AS n FROM (${again.sql}) AS c GROUP BY c._parent`,
            again.params,
          );
          for (const c of counts) (results.get(keyOf(c._parent)) as Page<T>).total = c.n;
        }
      }
      return keys.map((k) => results.get(pageKey(k)) as Page<T>);
    },
    { cacheKeyFn: pageKey },
  );
}

function pageKey(k: PageKey): string {
  return `${k.parent}|${k.offset}:${k.size}:${k.filter ?? ""}`;
}
