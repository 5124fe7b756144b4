/** Restoring a record to a past revision (a deleted record is re-created). */
import { writeTransaction } from "@casefile/db";
import type { RevisionRow } from "@casefile/db/tables";
import { entityTypeNames } from "@casefile/schema/enums";
import type { NodeTypeName } from "@casefile/schema/ids";
import { restoreRevisionInput } from "@casefile/schema/validators";
import type { Context, Viewer } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { updateRecord } from "../../lib/edit.js";
import { AppError } from "../../lib/errors.js";
import { decodeId, fieldError, parseInput } from "../../lib/input.js";
import { checkVersion, insertRow, now, type Row, readRow, recordRevision, recordTypeOf, tableOf } from "../../lib/records.js";
import { authorizeAnnotationWrite } from "../annotations/mutations.js";

/**
 * Record types whose writes have a rule beyond the EDITOR role: a restore is authorized by the
 * same rule as the write it performs (an update of the record, or undoing its delete).
 */
const writeRules: Record<string, (viewer: Viewer, row: Record<string, unknown>, write: "update" | "delete") => void> = {
  Annotation: authorizeAnnotationWrite,
};

const bookkeeping = new Set(["id", "version", "createdAt", "updatedAt"]);
const entityTypes: string[] = Object.values(entityTypeNames);

function latestVersion(ctx: Context, recordType: string, recordId: string): number {
  const types = entityTypes.includes(recordType) ? entityTypes : [recordType];
  return (
    ctx.queries.value<number>(
      `SELECT max(version) FROM revisions WHERE record_id = ? AND record_type IN (${types.map(() => "?").join(", ")})`,
      [recordId, ...types],
    ) ?? 0
  );
}

function firstCreatedAt(ctx: Context, recordId: string): string | undefined {
  return ctx.queries.value<string>("SELECT created_at FROM revisions WHERE record_id = ? ORDER BY id LIMIT 1", [recordId]);
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
function recreate(ctx: Context, table: string, recordType: string, id: string, values: Record<string, unknown>): Row {
  const content = Object.fromEntries(Object.entries(values).filter(([k]) => !bookkeeping.has(k)));
  const time = now();
  let row: Row;
  try {
    row = insertRow(ctx, table, {
      ...content,
      id,
      version: latestVersion(ctx, recordType, id) + 1,
      createdAt: (values.createdAt as string | undefined) ?? firstCreatedAt(ctx, id) ?? time,
      updatedAt: time,
    });
  } catch (error) {
    explainConstraint(error);
  }
  recordRevision(ctx, { typeName: recordTypeOf(table, row), action: "RESTORE", before: null, after: row });
  return row;
}

export function restoreRevision(
  ctx: Context,
  input: unknown,
): { record: Row & { __typename: NodeTypeName }; revisionId: number } {
  const viewer = requireEditor(ctx);
  const { revisionId, version } = parseInput(restoreRevisionInput, input);
  const { id: revisionKey } = decodeId(revisionId, ["Revision"], "revisionId");
  return writeTransaction(ctx.store, () => {
    const revision = ctx.queries.get<RevisionRow>("SELECT * FROM revisions WHERE id = ?", [Number(revisionKey)]);
    if (!revision) throw AppError.notFound("the revision");
    const table = tableOf[revision.recordType];
    if (!table || table === "users") throw fieldError("revisionId", `records of type ${revision.recordType} cannot be restored`);
    if (revision.action === "MERGE" || revision.action === "UNMERGE") {
      throw fieldError("revisionId", "merges are undone with unmergeEntities, not restored");
    }
    const current = readRow(ctx, table, revision.recordId);
    const latest = latestVersion(ctx, revision.recordType, revision.recordId);
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
    let dependents: { table: string; recordType: string; row: Row }[] = [];
    if (revision.action === "DELETE") {
      const { dependents: cascade, ...fields } = revision.changes as Record<string, { before: unknown; after: unknown }>;
      values = Object.fromEntries(Object.entries(fields).map(([k, c]) => [k, c.before]));
      dependents = (cascade?.before as typeof dependents | undefined) ?? [];
    } else if (revision.snapshot) {
      values = revision.snapshot;
    } else {
      throw fieldError("revisionId", "this revision has no snapshot to restore");
    }

    const rule = writeRules[revision.recordType];
    if (rule) rule(viewer, current ?? values, current ? "update" : "delete");

    let row: Row;
    if (current) {
      const content = Object.fromEntries(Object.entries(values).filter(([k]) => !bookkeeping.has(k)));
      let result: ReturnType<typeof updateRecord>;
      try {
        result = updateRecord(ctx, table, current, content, "RESTORE");
      } catch (error) {
        explainConstraint(error);
      }
      if (result.revisionId === null) throw fieldError("revisionId", "the record already has the values of this revision");
      row = result.row;
    } else {
      row = recreate(ctx, table, revision.recordType, revision.recordId, values);
    }
    const ownRevision = ctx.queries.value<number>("SELECT max(id) FROM revisions WHERE record_id = ?", [row.id]) as number;
    // What the delete took with it comes back too (unless it was restored since).
    for (const d of dependents) {
      if (!readRow(ctx, d.table, d.row.id)) recreate(ctx, d.table, d.recordType, d.row.id, d.row);
    }
    return { record: { ...row, __typename: recordTypeOf(table, row) }, revisionId: ownRevision };
  });
}
