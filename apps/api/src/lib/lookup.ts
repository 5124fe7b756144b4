/** Resolving the global IDs a mutation input refers to, with errors naming the input field. */
import type { EntityKind, TargetType } from "@casefile/schema/enums";
import { type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../context.js";
import { AppError } from "./errors.js";
import { decodeId, fieldError } from "./input.js";
import { type Row, readRow, recordTypeOf, tableOf, targetOfType } from "./records.js";
import { entityTypes } from "./resolve.js";

/** The row a global ID names (for a record being changed): NOT_FOUND if there is none. */
export function rowToChange(
  ctx: Context,
  globalId: string,
  types: readonly NodeTypeName[],
  what: string,
): { row: Row; table: string } {
  const { typeName, id } = decodeId(globalId, types, "id");
  const table = tableOf[typeName] as string;
  const row = readRow(ctx, table, id);
  if (!row) throw AppError.notFound(what);
  return { row, table };
}

/** A record another one will point to: an input error if it does not exist. */
export function linkedRow(ctx: Context, globalId: string, types: readonly NodeTypeName[], field: string, what: string): Row {
  const { typeName, id } = decodeId(globalId, types, field);
  const row = readRow(ctx, tableOf[typeName] as string, id);
  if (!row) throw fieldError(field, `there is no ${what} with this ID`);
  return row;
}

/** An entity to link to; merged-away duplicates are refused with the ID to use instead. */
export function linkedEntity(ctx: Context, globalId: string, field: string, kinds?: readonly EntityKind[]): Row {
  const row = linkedRow(ctx, globalId, entityTypes, field, "entity");
  if (row.mergedIntoId) {
    const survivor = readRow(ctx, "entities", row.mergedIntoId as string);
    const survivorId = survivor ? toGlobalId(recordTypeOf("entities", survivor), survivor.id) : "";
    throw fieldError(field, `this entity was merged into another; use ${survivorId}`);
  }
  if (kinds && !kinds.includes(row.kind as EntityKind))
    throw fieldError(field, `must be an entity of kind ${kinds.join(" or ")}`);
  return row;
}

const targetTypeNames = Object.keys(targetOfType) as NodeTypeName[];

/** The record a citation or annotation is about. */
export function linkedTarget(ctx: Context, globalId: string, field: string): { targetType: TargetType; row: Row } {
  const { typeName } = decodeId(globalId, targetTypeNames, field);
  const row =
    typeName in { Person: 1, Organization: 1, OnlinePersona: 1, Place: 1, Artifact: 1 }
      ? linkedEntity(ctx, globalId, field)
      : linkedRow(ctx, globalId, [typeName], field, "record");
  return { targetType: targetOfType[typeName] as TargetType, row };
}

export const globalIdOfRow = (table: string, row: Row) => toGlobalId(recordTypeOf(table, row), row.id);
