/**
 * Moving a whole database from one store to another, whatever their engines (SQLite to
 * PostgreSQL and back), and the engine-neutral dump that proves the copy is faithful.
 *
 * Both work from the table definitions (./table-info.ts), through the Store interface only:
 * every table Casefile defines, every column, revisions, users, sessions and tokens included.
 * What is derived (full-text indexes) is rebuilt by the target engine as rows arrive; the
 * engines' own bookkeeping (migration tables) is not copied.
 */
import { createHash } from "node:crypto";
import type { SqlSession } from "./session.js";
import { type ColumnInfo, fieldNameOf, tableColumns, toColumnValue } from "./table-info.js";
import type { StoreCore as Store } from "./types.js";

/** Tables in an order where every foreign key points to a table copied before (or to itself). */
export const copyOrder = [
  "users",
  "sessions",
  "api_tokens",
  "auth_throttles",
  "cases",
  "entities",
  "case_roles",
  "relationships",
  "events",
  "event_participants",
  "charges",
  "charge_defendants",
  "sources",
  "citations",
  "annotations",
  "mention_rejections",
  "revisions",
] as const;

/** Fields of a table that point at rows of the same table: copied as null, then set. */
const selfReferences: Record<string, string[]> = {
  entities: ["parentId", "mergedIntoId"],
  annotations: ["parentId"],
};

/** The key columns of each table (SQL names), for a stable, resumable order. */
function keyOf(table: string): string[] {
  if (table === "auth_throttles") return ["key"];
  if (table === "mention_rejections") return ["source_id", "key"];
  return ["id"];
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface CopyOptions {
  /** Rows per insert statement and per transaction batch. */
  batchRows?: number;
  onProgress?: (progress: CopyProgress) => void;
}

function columnsOfTable(table: string): [string, ColumnInfo][] {
  const columns = tableColumns.get(table);
  if (!columns) throw new Error(`no table definition for ${table}`);
  return [...columns.entries()];
}

async function insertBatch(session: SqlSession, table: string, columns: [string, ColumnInfo][], rows: Record<string, unknown>[]) {
  const names = columns.map(([, info]) => info.column).join(", ");
  const row = `(${columns.map(() => "?").join(", ")})`;
  const params: unknown[] = [];
  for (const record of rows)
    for (const [field, info] of columns) params.push(toColumnValue(info, record[field], session.dialect.boolean));
  await session.run(`INSERT INTO ${table} (${names}) VALUES ${rows.map(() => row).join(", ")}`, params);
}

/**
 * Copies every row of `from` into `to`, which must be migrated and empty (it refuses otherwise,
 * and changes nothing). Each batch commits on its own: an interrupted copy leaves a partial
 * target, to be deleted and copied again.
 */
export async function copyStore(from: Store, to: Store, options: CopyOptions = {}): Promise<Record<string, number>> {
  for (const table of copyOrder) {
    const existing = await to.session.value<number>(`SELECT count(*) FROM ${table}`);
    if (Number(existing) > 0)
      throw new Error(`the target is not empty (${table} has ${existing} rows): copy into a new, migrated database`);
  }
  const copied: Record<string, number> = {};
  const pageRows = Math.max(1, options.batchRows ?? 500) * 10;
  for (const table of copyOrder) {
    const columns = columnsOfTable(table);
    const perStatement = Math.max(1, Math.min(options.batchRows ?? 500, Math.floor(30_000 / columns.length)));
    const key = keyOf(table);
    const selfFields = selfReferences[table] ?? [];
    const links: [id: string, field: string, value: string][] = [];
    const total = Number(await from.session.value<number>(`SELECT count(*) FROM ${table}`));
    let done = 0;
    let after: unknown[] | null = null;
    for (;;) {
      // Keyset pages: memory stays bounded whatever the table's size.
      const where = after ? `WHERE (${key.join(", ")}) > (${key.map(() => "?").join(", ")})` : "";
      const page: Record<string, unknown>[] = await from.session.all<Record<string, unknown>>(
        `SELECT * FROM ${table} ${where} ORDER BY ${key.join(", ")} LIMIT ?`,
        [...(after ?? []), pageRows],
      );
      if (page.length === 0) break;
      const last = page[page.length - 1] as Record<string, unknown>;
      after = key.map((column) => last[fieldNameOf(column)]);
      const rows = page.map((row) => {
        if (selfFields.length === 0) return row;
        const copy = { ...row };
        for (const field of selfFields) {
          if (copy[field] != null) {
            links.push([copy.id as string, field, copy[field] as string]);
            copy[field] = null;
          }
        }
        return copy;
      });
      await to.write(async (tx) => {
        for (let at = 0; at < rows.length; at += perStatement)
          await insertBatch(tx.session, table, columns, rows.slice(at, at + perStatement));
      });
      done += rows.length;
      options.onProgress?.({ table, copied: done, total });
    }
    for (let at = 0; at < links.length; at += 1000) {
      const chunk = links.slice(at, at + 1000);
      await to.write(async (tx) => {
        for (const [id, field, value] of chunk) {
          const column = columnsOfTable(table).find(([name]) => name === field)?.[1].column ?? field;
          await tx.session.run(`UPDATE ${table} SET ${column} = ? WHERE id = ?`, [value, id]);
        }
      });
    }
    if (table === "revisions") {
      const reset = to.session.dialect.afterExplicitIds("revisions", "id");
      if (reset) await to.write((tx) => tx.session.run(reset));
    }
    copied[table] = done;
    if (done !== total) throw new Error(`${table}: copied ${done} rows of ${total} (was the source written to during the copy?)`);
  }
  return copied;
}

export type StoreDump = Record<string, Record<string, unknown>[]>;

/** JSON with object keys sorted, so equal rows give equal strings. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * Every table Casefile defines, every row as a record (JSON fields parsed, booleans as
 * booleans, keys sorted), rows sorted by their canonical JSON: two stores hold the same data
 * exactly when their dumps are equal, whatever their engines.
 */
export async function storeDump(store: Store, options: { excludeTables?: readonly string[] } = {}): Promise<StoreDump> {
  const dump: StoreDump = {};
  for (const table of [...copyOrder].sort()) {
    if (options.excludeTables?.includes(table)) continue;
    const fields = columnsOfTable(table).map(([field]) => field);
    const rows = await store.session.all<Record<string, unknown>>(`SELECT * FROM ${table}`);
    const keyed = rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const field of fields) {
        const value = row[field];
        record[field] = value === undefined ? null : value;
      }
      return [canonicalJson(record), record] as const;
    });
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    dump[table] = keyed.map(([, row]) => row);
  }
  return dump;
}

/** Rows read per statement by storeDigest. */
const DIGEST_PAGE_ROWS = 5000;

/**
 * A fingerprint of every table Casefile defines: its row count and an order-independent hash
 * of its rows (the sum of each canonical row's SHA-256), read in keyset pages so memory stays
 * bounded at any size. Two stores hold the same data exactly when their digests are equal,
 * whatever their engines and collations.
 */
export async function storeDigest(store: Store): Promise<Record<string, { rows: number; hash: string }>> {
  const digest: Record<string, { rows: number; hash: string }> = {};
  const modulus = 1n << 256n;
  for (const table of [...copyOrder].sort()) {
    const fields = columnsOfTable(table).map(([field]) => field);
    const key = keyOf(table);
    let sum = 0n;
    let rows = 0;
    let after: unknown[] | null = null;
    for (;;) {
      const where = after ? `WHERE (${key.join(", ")}) > (${key.map(() => "?").join(", ")})` : "";
      const page: Record<string, unknown>[] = await store.session.all<Record<string, unknown>>(
        `SELECT * FROM ${table} ${where} ORDER BY ${key.join(", ")} LIMIT ?`,
        [...(after ?? []), DIGEST_PAGE_ROWS],
      );
      if (page.length === 0) break;
      for (const row of page) {
        const record: Record<string, unknown> = {};
        for (const field of fields) record[field] = row[field] === undefined ? null : row[field];
        sum = (sum + BigInt(`0x${createHash("sha256").update(canonicalJson(record)).digest("hex")}`)) % modulus;
      }
      rows += page.length;
      const last = page[page.length - 1] as Record<string, unknown>;
      after = key.map((column) => last[fieldNameOf(column)]);
    }
    digest[table] = { rows, hash: sum.toString(16).padStart(64, "0") };
  }
  return digest;
}
