/** Restoring a record to a past revision (a deleted record is re-created). */
import { now, type RecordTypeName, recordTypeOf, revisionFields, type TableRows, type Tx, tableOf } from "@casefile/db";
import { entityTypeNames } from "@casefile/schema/enums";
import type { NodeTypeName } from "@casefile/schema/ids";
import { restoreRevisionInput } from "@casefile/schema/validators";
import type { Context, Viewer } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { AppError } from "../../lib/errors.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { checkVersion, recordRevision, updateRecord, type WriteResult } from "../../lib/write.js";
import { authorizeAnnotationWrite } from "../annotations/mutations.js";

/**
 * Record types whose writes have a rule beyond the EDITOR role: a restore is authorized by the
 * same rule as the write it performs (an update of the record, or undoing its delete).
 */
const writeRules: Record<string, (viewer: Viewer, row: Record<string, unknown>, write: "update" | "delete") => void> = {
  Annotation: authorizeAnnotationWrite,
};

/** The tables whose records can be restored (users are not: accounts have their own mutations). */
type RestorableTable = Exclude<(typeof tableOf)[RecordTypeName], "users">;

const isRecordType = (name: string): name is RecordTypeName => Object.hasOwn(tableOf, name);

/** The table of a record type that can be restored, or undefined. */
function restorableTable(recordType: string): RestorableTable | undefined {
  if (!isRecordType(recordType)) return undefined;
  const table = tableOf[recordType];
  return table === "users" ? undefined : table;
}

const bookkeeping = new Set(["id", "version", "createdAt", "updatedAt"]);
const entityTypes: string[] = Object.values(entityTypeNames);

/** The record's fields in `values`, without id, version and timestamps (the write sets those). */
const contentOf = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => !bookkeeping.has(k)));

function latestVersion(tx: Tx, recordType: string, recordId: string): Promise<number> {
  return tx.history.latestVersion(recordId, entityTypes.includes(recordType) ? entityTypes : [recordType]);
}

/** Constraint failures during a restore, said in words. */
function explainConstraint(error: unknown): never {
  const message = (error as Error)?.message ?? "";
  if (/FOREIGN KEY constraint failed/i.test(message)) {
    throw fieldError(
      "revisionId",
      "cannot restore: a record it points to (an entity, case, event, charge or source) no longer exists; restore that first",
    );
  }
  if (/UNIQUE constraint failed: ([\w.]+)/i.test(message)) {
    throw fieldError(
      "revisionId",
      `cannot restore: another record now has the same unique value (${/UNIQUE constraint failed: ([\w., ]+)/i.exec(message)?.[1]})`,
    );
  }
  throw error;
}

/** Re-inserts a deleted row with the values given, as a RESTORE revision. */
async function recreate(
  ctx: Context,
  tx: Tx,
  table: RestorableTable,
  recordType: string,
  id: string,
  values: Record<string, unknown>,
): Promise<TableRows[RestorableTable]> {
  const time = now();
  const version = (await latestVersion(tx, recordType, id)) + 1;
  const createdAt = typeof values.createdAt === "string" ? values.createdAt : ((await tx.history.firstCreatedAt(id)) ?? time);
  let row: TableRows[RestorableTable];
  try {
    row = await tx.records.insert(table, {
      ...revisionFields(table, contentOf(values)),
      id,
      version,
      createdAt,
      updatedAt: time,
    });
  } catch (error) {
    explainConstraint(error);
  }
  await recordRevision(ctx, tx, { typeName: recordTypeOf(table, row), action: "RESTORE", before: null, after: row });
  return row;
}

/** The record as restored, tagged with its GraphQL type (the payload's `record` is a Node). */
export type RestoredRecord = TableRows[RestorableTable] & { __typename: NodeTypeName };

export async function restoreRevision(ctx: Context, input: unknown): Promise<{ record: RestoredRecord; revisionId: number }> {
  const viewer = requireEditor(ctx);
  const { revisionId, version } = parseInput(restoreRevisionInput, input);
  const { id: revisionKey } = decodeId(revisionId, ["Revision"], "revisionId");
  return ctx.store.write(async (tx) => {
    const revision = await tx.records.read("revisions", Number(revisionKey));
    if (!revision) throw AppError.notFound("the revision");
    const table = restorableTable(revision.recordType);
    if (!table) throw fieldError("revisionId", `records of type ${revision.recordType} cannot be restored`);
    if (revision.action === "MERGE" || revision.action === "UNMERGE") {
      throw fieldError("revisionId", "merges are undone with unmergeEntities, not restored");
    }
    const current = await tx.records.read(table, revision.recordId);
    const latest = await latestVersion(tx, revision.recordType, revision.recordId);
    if (current) checkVersion(current, version, "the record");
    else if (latest !== version) {
      throw new AppError(
        "CONFLICT",
        `the record's history has moved on (you sent version ${version}; the latest is ${latest}): reload its history`,
        {
          currentVersion: latest,
          current: null,
        },
      );
    }

    let values: Record<string, unknown>;
    let dependents: { table: string; recordType: string; row: Record<string, unknown> & { id: string } }[] = [];
    if (revision.action === "DELETE") {
      const { dependents: cascade, ...fields } = revision.changes;
      values = Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, c.before]));
      dependents = (cascade?.before as typeof dependents | undefined) ?? [];
    } else if (revision.snapshot) {
      values = revision.snapshot;
    } else {
      throw fieldError("revisionId", "this revision has no snapshot to restore");
    }

    const rule = writeRules[revision.recordType];
    if (rule) rule(viewer, current ?? values, current ? "update" : "delete");

    let row: TableRows[RestorableTable];
    if (current) {
      let result: WriteResult<TableRows[RestorableTable]>;
      try {
        result = await updateRecord(ctx, tx, table, current, revisionFields(table, contentOf(values)), "RESTORE");
      } catch (error) {
        explainConstraint(error);
      }
      if (result.revisionId === null) throw fieldError("revisionId", "the record already has the values of this revision");
      row = result.row;
    } else {
      row = await recreate(ctx, tx, table, revision.recordType, revision.recordId, values);
    }
    const ownRevision = await tx.history.lastRevisionId(row.id);
    if (ownRevision === undefined) throw new Error(`the restore of ${revision.recordType} ${row.id} wrote no revision`);
    // What the delete took with it comes back too (unless it was restored since).
    for (const d of dependents) {
      const dependentTable = restorableTable(d.recordType);
      if (dependentTable !== d.table) throw new Error(`a DELETE revision lists a ${d.recordType} of table ${d.table}`);
      if (!(await tx.records.read(dependentTable, d.row.id))) {
        await recreate(ctx, tx, dependentTable, d.recordType, d.row.id, d.row);
      }
    }
    return { record: { ...row, __typename: recordTypeOf(table, row) }, revisionId: ownRevision };
  });
}
