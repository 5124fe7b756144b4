/**
 * Resolving the global IDs a mutation input refers to, with errors naming the input field.
 * `db` is the transaction (`tx`) inside a write, or the store for a read.
 */
import { type Domains, type Row, recordTypeOf, type TableName, tableOf, targetOfType } from "@casefile/db";
import type { EntityRow } from "@casefile/db/tables";
import type { EntityKind, TargetType } from "@casefile/schema/enums";
import { type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import { AppError } from "./errors.js";
import { decodeId, fieldError } from "./input.js";
import { entityTypes } from "./resolve.js";

type Reader = Pick<Domains, "records">;

function tableOfType(typeName: NodeTypeName): TableName {
  const table = (tableOf as Partial<Record<NodeTypeName, TableName>>)[typeName];
  if (!table) throw new Error(`no table for ${typeName}`);
  return table;
}

/** The row a global ID names (for a record being changed): NOT_FOUND if there is none. */
export async function rowToChange(
  db: Reader,
  globalId: string,
  types: readonly NodeTypeName[],
  what: string,
): Promise<{ row: Row; table: TableName }> {
  const { typeName, id } = decodeId(globalId, types, "id");
  const table = tableOfType(typeName);
  const row = (await db.records.read(table, id)) as Row | undefined;
  if (!row) throw AppError.notFound(what);
  return { row, table };
}

/** A record another one will point to: an input error if it does not exist. */
export async function linkedRow(
  db: Reader,
  globalId: string,
  types: readonly NodeTypeName[],
  field: string,
  what: string,
): Promise<Row> {
  const { typeName, id } = decodeId(globalId, types, field);
  const row = (await db.records.read(tableOfType(typeName), id)) as Row | undefined;
  if (!row) throw fieldError(field, `there is no ${what} with this ID`);
  return row;
}

/** An entity to link to; merged-away duplicates are refused with the ID to use instead. */
export async function linkedEntity(
  db: Reader,
  globalId: string,
  field: string,
  kinds?: readonly EntityKind[],
): Promise<EntityRow> {
  const { id } = decodeId(globalId, entityTypes, field);
  const row = await db.records.read("entities", id);
  if (!row) throw fieldError(field, "there is no entity with this ID");
  if (row.mergedIntoId) {
    const survivor = await db.records.read("entities", row.mergedIntoId);
    const survivorId = survivor ? toGlobalId(recordTypeOf("entities", survivor), survivor.id) : "";
    throw fieldError(field, `this entity was merged into another; use ${survivorId}`);
  }
  if (kinds && !kinds.includes(row.kind)) throw fieldError(field, `must be an entity of kind ${kinds.join(" or ")}`);
  return row;
}

const targetTypeNames = Object.keys(targetOfType) as NodeTypeName[];

/** The record a citation or annotation is about. */
export async function linkedTarget(db: Reader, globalId: string, field: string): Promise<{ targetType: TargetType; row: Row }> {
  const { typeName } = decodeId(globalId, targetTypeNames, field);
  const row =
    typeName in { Person: 1, Organization: 1, OnlinePersona: 1, Place: 1, Artifact: 1 }
      ? await linkedEntity(db, globalId, field)
      : await linkedRow(db, globalId, [typeName], field, "record");
  return { targetType: targetOfType[typeName] as TargetType, row };
}

export const globalIdOfRow = (table: string, row: Row) => toGlobalId(recordTypeOf(table, row), row.id);
