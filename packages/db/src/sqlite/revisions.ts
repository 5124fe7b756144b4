import type { Statement } from "better-sqlite3";
import type { RevisionInput } from "../store/revisions.js";
import type { Sqlite } from "./store.js";

export { diffRecords, type FieldChanges, type RevisionInput, sameValue } from "../store/revisions.js";

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
