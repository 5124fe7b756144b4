/** What a revision records: which fields changed, and the revision row's fields. Engine-neutral. */
import type { RevisionAction } from "@casefile/schema/enums";

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

/** The statement that appends a revision row (RETURNING its id), for every engine's write path. */
export const INSERT_REVISION_SQL = `INSERT INTO revisions (record_type, record_id, case_id, version, action, actor_id, created_at, changes, snapshot)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`;

/** The parameters of INSERT_REVISION_SQL for one revision (JSON fields as text). */
export function revisionParams(revision: RevisionInput): unknown[] {
  return [
    revision.recordType,
    revision.recordId,
    revision.caseId,
    revision.version,
    revision.action,
    revision.actorId,
    revision.createdAt ?? new Date().toISOString(),
    JSON.stringify(revision.changes),
    revision.snapshot === null ? null : JSON.stringify(revision.snapshot),
  ];
}
