/**
 * Create, update and delete with their revisions, shared by every domain service. Deletes
 * record what goes with the record (participants, defendants, roles, citations, annotations:
 * the cascades of the schema and of migration 0001's triggers) so that restoring the DELETE
 * revision brings all of it back.
 */
import type { TargetType } from "@casefile/schema/enums";
import type { NodeTypeName } from "@casefile/schema/ids";
import type { Context } from "../context.js";
import { AppError } from "./errors.js";
import {
  caseIdOf,
  changedValues,
  deleteRows,
  insertRow,
  now,
  type Row,
  readRows,
  recordRevision,
  recordTypeOf,
  tableOf,
  targetOfType,
  updateRow,
} from "./records.js";

export interface WriteResult {
  row: Row;
  revisionId: number | null;
}

export function createRecord(ctx: Context, table: string, values: Record<string, unknown>): WriteResult {
  const time = now();
  const row = insertRow(ctx, table, { ...values, version: 1, createdAt: time, updatedAt: time });
  const revisionId = recordRevision(ctx, { typeName: recordTypeOf(table, row), action: "CREATE", before: null, after: row });
  return { row, revisionId };
}

/** Writes the values that differ; a write that changes nothing leaves version and history alone. */
export function updateRecord(
  ctx: Context,
  table: string,
  before: Row,
  values: Record<string, unknown>,
  action: "UPDATE" | "MERGE" | "UNMERGE" | "RESTORE" = "UPDATE",
): WriteResult {
  const changes = changedValues(before, values);
  if (Object.keys(changes).length === 0) return { row: before, revisionId: null };
  const row = updateRow(ctx, table, before, changes);
  const revisionId = recordRevision(ctx, { typeName: recordTypeOf(table, row), action, before, after: row });
  return { row, revisionId };
}

export interface Dependent {
  table: string;
  recordType: NodeTypeName;
  row: Row;
}

function provenanceOf(ctx: Context, targetType: TargetType, id: string): Dependent[] {
  const citations = readRows(ctx, "SELECT * FROM citations WHERE target_type = ? AND target_id = ? ORDER BY id", [
    targetType,
    id,
  ]);
  const annotations = readRows(
    ctx,
    "SELECT * FROM annotations WHERE target_type = ? AND target_id = ? ORDER BY parent_id IS NOT NULL, created_at, id",
    [targetType, id],
  );
  return [
    ...citations.map((row) => ({ table: "citations", recordType: "Citation" as const, row })),
    ...annotations.map((row) => ({ table: "annotations", recordType: "Annotation" as const, row })),
  ];
}

function withProvenance(ctx: Context, table: string, rows: Row[]): Dependent[] {
  const out: Dependent[] = [];
  for (const row of rows) {
    const recordType = recordTypeOf(table, row);
    out.push({ table, recordType, row });
    out.push(...provenanceOf(ctx, targetOfType[recordType] as TargetType, row.id));
  }
  return out;
}

/** Everything deleting `row` takes with it, parents before children. */
export function dependentsOf(ctx: Context, table: string, row: Row): Dependent[] {
  const list: Dependent[] = [];
  const childrenOf = (childTable: string, column: string, parentId: string) =>
    readRows(ctx, `SELECT * FROM ${childTable} WHERE ${column} = ? ORDER BY id`, [parentId]);
  switch (table) {
    case "cases": {
      list.push(...withProvenance(ctx, "case_roles", childrenOf("case_roles", "case_id", row.id)));
      for (const event of childrenOf("events", "case_id", row.id)) {
        list.push(...withProvenance(ctx, "events", [event]));
        list.push(...withProvenance(ctx, "event_participants", childrenOf("event_participants", "event_id", event.id)));
      }
      for (const charge of childrenOf("charges", "case_id", row.id)) {
        list.push(...withProvenance(ctx, "charges", [charge]));
        list.push(...withProvenance(ctx, "charge_defendants", childrenOf("charge_defendants", "charge_id", charge.id)));
      }
      break;
    }
    case "events":
      list.push(...withProvenance(ctx, "event_participants", childrenOf("event_participants", "event_id", row.id)));
      break;
    case "charges":
      list.push(...withProvenance(ctx, "charge_defendants", childrenOf("charge_defendants", "charge_id", row.id)));
      break;
    case "annotations":
      list.push(
        ...childrenOf("annotations", "parent_id", row.id).map((r) => ({ table, recordType: "Annotation" as const, row: r })),
      );
      return list;
    case "citations":
    case "users":
      return list;
  }
  const targetType = targetOfType[recordTypeOf(table, row)];
  if (targetType === "SOURCE") {
    // Citations of a source are refused before a delete; annotations on it go with it.
    list.push(...provenanceOf(ctx, "SOURCE", row.id).filter((d) => d.table === "annotations"));
  } else if (targetType) {
    list.push(...provenanceOf(ctx, targetType, row.id));
  }
  return list;
}

/**
 * Deletes a record and what goes with it. Every row removed gets a DELETE revision; the
 * record's own lists the others (`changes.dependents.before`, full rows) for restoreRevision.
 */
export function deleteRecord(ctx: Context, table: string, row: Row): number {
  const dependents = dependentsOf(ctx, table, row);
  const recordType = recordTypeOf(table, row);
  // Case ids are looked up before the rows are gone.
  const revisions = dependents.map((d) => ({ d, caseId: revisionCaseId(ctx, d) }));
  const ownCaseId = revisionCaseId(ctx, { table, recordType, row });
  deleteRows(ctx, table, row.id);
  for (const { d, caseId } of revisions) {
    recordRevision(ctx, { typeName: d.recordType, action: "DELETE", before: d.row, after: null, caseId });
  }
  return recordRevision(ctx, {
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

function revisionCaseId(ctx: Context, d: Dependent): string | null {
  return caseIdOf(ctx, d.recordType, d.row);
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

export { tableOf };
