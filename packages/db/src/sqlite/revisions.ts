import type { Statement } from "better-sqlite3";
import { INSERT_REVISION_SQL, type RevisionInput, revisionParams } from "../store/revisions.js";
import type { Sqlite } from "./store.js";

export { diffRecords, type FieldChanges, type RevisionInput, sameValue } from "../store/revisions.js";

const statements = new WeakMap<Sqlite, Statement<unknown[]>>();

/** Appends one revision row. Call inside the transaction that made the write. */
export function appendRevision(sqlite: Sqlite, revision: RevisionInput): void {
  let insert = statements.get(sqlite);
  if (!insert) {
    insert = sqlite.prepare(INSERT_REVISION_SQL);
    statements.set(sqlite, insert);
  }
  // get(), not run(): the statement returns the new row's id.
  insert.get(...revisionParams(revision));
}
