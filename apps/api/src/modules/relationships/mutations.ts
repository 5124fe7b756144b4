/** Writing relationships: subject -> predicate -> object. */
import { writeTransaction } from "@casefile/db";
import { newLocalId } from "@casefile/schema/ids";
import { createRelationshipInput, deleteInput, relationshipRecord, updateRelationshipInput } from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord, deleteRecord, updateRecord } from "../../lib/edit.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { linkedEntity, rowToChange } from "../../lib/lookup.js";
import { checkVersion, dateColumns, type Row } from "../../lib/records.js";

function relationshipColumns(fields: ReturnType<typeof relationshipRecord.parse>) {
  return {
    predicate: fields.predicate,
    ...dateColumns("startDate", fields.startDate),
    ...dateColumns("endDate", fields.endDate),
    description: fields.description ?? null,
    status: fields.status ?? "ALLEGED",
    confidence: fields.confidence ?? 50,
  };
}

export function createRelationship(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { subjectId, objectId, ...fields } = parseInput(createRelationshipInput, input);
  return writeTransaction(ctx.store, () => {
    const subject = linkedEntity(ctx, subjectId, "subjectId");
    const object = linkedEntity(ctx, objectId, "objectId");
    return createRecord(ctx, "relationships", {
      id: newLocalId("rel"),
      subjectId: subject.id,
      objectId: object.id,
      ...relationshipColumns(parseInput(relationshipRecord, fields)),
    }).row;
  });
}

export function updateRelationship(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, subjectId, objectId, ...patch } = parsePatch(updateRelationshipInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Relationship"], "the relationship");
    checkVersion(row, version, "the relationship");
    const current = {
      predicate: row.predicate,
      startDate: row.startDate,
      endDate: row.endDate,
      description: row.description,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(relationshipRecord, { ...current, ...patch });
    const subject = subjectId ? linkedEntity(ctx, subjectId, "subjectId").id : (row.subjectId as string);
    const object = objectId ? linkedEntity(ctx, objectId, "objectId").id : (row.objectId as string);
    if (subject === object) throw fieldError("objectId", "a relationship links two different entities");
    return updateRecord(ctx, "relationships", row, { subjectId: subject, objectId: object, ...relationshipColumns(fields) }).row;
  });
}

export function deleteRelationship(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Relationship"], "the relationship");
    checkVersion(row, version, "the relationship");
    return { deletedId: id, revisionId: deleteRecord(ctx, "relationships", row) };
  });
}
