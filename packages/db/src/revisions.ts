import type { RevisionAction } from "@casefile/schema/enums";
import type { Statement } from "better-sqlite3";
import type { Sqlite } from "./sqlite/store.js";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** Fields that change on every write and say nothing about the record's content. */
const bookkeeping = new Set(["version", "createdAt", "updatedAt"]);

/** The fields whose values differ between two versions of a record, with both values. */
export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (bookkeeping.has(key)) continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (!sameValue(a, b)) changes[key] = { before: a, after: b };
  }
  return changes;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export interface RevisionInput {
  recordType: string;
  recordId: string;
  caseId: string | null;
  version: number;
  action: RevisionAction;
  actorId: string | null;
  changes: FieldChanges;
  snapshot: Record<string, unknown> | null;
  createdAt?: string;
}

const statements = new WeakMap<Sqlite, Statement<unknown[]>>();

/** Appends one revision row. Call inside the transaction that made the write. */
export function appendRevision(sqlite: Sqlite, revision: RevisionInput): void {
  let insert = statements.get(sqlite);
  if (!insert) {
    insert = sqlite.prepare(
      `INSERT INTO revisions (record_type, record_id, case_id, version, action, actor_id, created_at, changes, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    statements.set(sqlite, insert);
  }
  insert.run(
    revision.recordType,
    revision.recordId,
    revision.caseId,
    revision.version,
    revision.action,
    revision.actorId,
    revision.createdAt ?? new Date().toISOString(),
    JSON.stringify(revision.changes),
    revision.snapshot === null ? null : JSON.stringify(revision.snapshot),
  );
}
