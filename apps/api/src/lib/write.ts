/**
 * Create, update and delete with their revisions, for every domain service, inside
 * `ctx.store.write(async (tx) => ...)`: a write and its revision commit together or not at all.
 * The SQL is the store's (tx.records); the rules are the API's: which fields a revision may keep
 * (never secrets), who the actor is, and what a client is told when it is refused.
 */
import { diffRecords, type FieldChanges, type Row, recordTypeOf, type TableName, type TableRows, type Tx } from "@casefile/db";
import type { RevisionAction } from "@casefile/schema/enums";
import type { NodeTypeName } from "@casefile/schema/ids";
import type { Context } from "../context.js";
import { AppError } from "./errors.js";
import { decodeId } from "./input.js";
import { changedValues, checkVersion, now, publicFields } from "./records.js";

export { changedValues, checkVersion, constraintError, dateColumns, publicFields } from "./records.js";

export interface WriteResult<R = Row> {
  row: R;
  revisionId: number | null;
}

export interface RevisionWrite {
  typeName: NodeTypeName;
  action: RevisionAction;
  before: Row | null;
  after: Row | null;
  /** Extra entries for `changes` (merge details, cascaded dependents). */
  extraChanges?: FieldChanges;
  caseId?: string | null;
}

/** Appends the revision of a write; returns its id. Only the viewer (the actor) is read from `ctx`. */
export async function recordRevision(ctx: Pick<Context, "viewer">, tx: Tx, write: RevisionWrite): Promise<number> {
  const { before, after } = write;
  const row = (after ?? before) as Row;
  const version = after ? after.version : (before as Row).version + 1;
  return tx.records.appendRevision({
    recordType: write.typeName,
    recordId: row.id,
    caseId: write.caseId !== undefined ? write.caseId : await tx.records.caseIdOf(write.typeName, row),
    version,
    action: write.action,
    actorId: ctx.viewer?.userId ?? null,
    changes: { ...diffRecords(before ? publicFields(before) : null, after ? publicFields(after) : null), ...write.extraChanges },
    snapshot: after ? publicFields(after) : null,
  });
}

export async function createRecord<T extends TableName>(
  ctx: Pick<Context, "viewer">,
  tx: Tx,
  table: T,
  values: Partial<TableRows[T]> & { id: string },
): Promise<WriteResult<TableRows[T]>> {
  const time = now();
  const row = await tx.records.insert(table, { ...values, version: 1, createdAt: time, updatedAt: time });
  const revisionId = await recordRevision(ctx, tx, {
    typeName: recordTypeOf(table, row),
    action: "CREATE",
    before: null,
    after: row as unknown as Row,
  });
  return { row, revisionId };
}

/** Writes the values that differ; a write that changes nothing leaves version and history alone. */
export async function updateRecord<T extends TableName>(
  ctx: Context,
  tx: Tx,
  table: T,
  before: TableRows[T],
  values: Partial<TableRows[T]>,
  action: "UPDATE" | "MERGE" | "UNMERGE" | "RESTORE" = "UPDATE",
): Promise<WriteResult<TableRows[T]>> {
  const previous = before as unknown as Row;
  const changes = changedValues(previous, values as Record<string, unknown>);
  if (Object.keys(changes).length === 0) return { row: before, revisionId: null };
  const row = await tx.records.update(table, previous, changes as Partial<TableRows[T]>);
  const revisionId = await recordRevision(ctx, tx, {
    typeName: recordTypeOf(table, row),
    action,
    before: previous,
    after: row as unknown as Row,
  });
  return { row, revisionId };
}

/**
 * Deletes a record and what goes with it. Every row removed gets a DELETE revision; the
 * record's own lists the others (`changes.dependents.before`, full rows) for restoreRevision.
 */
export async function deleteRecord(ctx: Context, tx: Tx, table: TableName, row: Row): Promise<number> {
  const dependents = await tx.records.dependentsOf(table, row);
  const recordType = recordTypeOf(table, row);
  // Case ids are looked up before the rows are gone.
  const revisions = [];
  for (const d of dependents) revisions.push({ d, caseId: await tx.records.caseIdOf(d.recordType, d.row) });
  const ownCaseId = await tx.records.caseIdOf(recordType, row);
  await tx.records.delete(table, row.id);
  for (const { d, caseId } of revisions) {
    await recordRevision(ctx, tx, { typeName: d.recordType, action: "DELETE", before: d.row, after: null, caseId });
  }
  return recordRevision(ctx, tx, {
    typeName: recordType,
    action: "DELETE",
    before: row,
    after: null,
    caseId: ownCaseId,
    extraChanges:
      dependents.length > 0
        ? {
            dependents: {
              before: dependents.map((d) => ({ recordType: d.recordType, table: d.table, row: d.row })),
              after: null,
            },
          }
        : {},
  });
}

/**
 * The record a global ID names, to change: NOT_FOUND if it is gone, CONFLICT if the client's
 * version is stale. `types` are the type names the ID may have (they all live in `table`).
 */
export async function recordForWrite<T extends TableName>(
  tx: Tx,
  table: T,
  globalId: string,
  types: readonly NodeTypeName[],
  version: number,
  what: string,
): Promise<TableRows[T]> {
  const { id } = decodeId(globalId, types, "id");
  const row = await tx.records.read(table, id);
  if (!row) throw AppError.notFound(what);
  checkVersion(row as unknown as Row, version, what);
  return row;
}

/** BAD_USER_INPUT naming what still points to a record that cannot be deleted while it does. */
export function refuseWhileReferenced(what: string, references: { label: string; count: number }[]): void {
  const found = references.filter((r) => r.count > 0);
  if (found.length === 0) return;
  const list = found.map((r) => `${r.count} ${r.label}`).join(", ");
  throw new AppError(
    "BAD_USER_INPUT",
    `${what} cannot be deleted while other records depend on it: ${list}. Remove or move those first (or merge it into another entity).`,
    {
      fields: [{ path: "$.input.id", message: `still referenced by ${list}` }],
      dependents: found,
    },
  );
}
