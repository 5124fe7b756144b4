/** Writing relationships: subject -> predicate -> object. */

import type { RelationshipRow } from "@casefile/db/tables";
import { newLocalId } from "@casefile/schema/ids";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
import { createRelationshipInput, deleteInput, relationshipRecord, updateRelationshipInput } from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { linkedEntity } from "../../lib/find.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { createRecord, dateColumns, deleteRecord, recordForWrite, updateRecord } from "../../lib/write.js";

function relationshipColumns(fields: ReturnType<typeof relationshipRecord.parse>) {
  return {
    predicate: fields.predicate,
    ...dateColumns("startDate", fields.startDate),
    ...dateColumns("endDate", fields.endDate),
    description: fields.description ?? null,
    status: fields.status ?? DEFAULT_FACT_STATUS,
    confidence: fields.confidence ?? DEFAULT_CONFIDENCE,
  } as Partial<RelationshipRow>;
}

export async function createRelationship(ctx: Context, input: unknown): Promise<RelationshipRow> {
  requireEditor(ctx);
  const { subjectId, objectId, ...fields } = parseInput(createRelationshipInput, input);
  return ctx.store.write(async (tx) => {
    const subject = await linkedEntity(tx, subjectId, "subjectId");
    const object = await linkedEntity(tx, objectId, "objectId");
    const { row } = await createRecord(ctx, tx, "relationships", {
      id: newLocalId("rel"),
      subjectId: subject.id,
      objectId: object.id,
      ...relationshipColumns(parseInput(relationshipRecord, fields)),
    });
    return row;
  });
}

export async function updateRelationship(ctx: Context, input: unknown): Promise<RelationshipRow> {
  requireEditor(ctx);
  const { id, version, subjectId, objectId, ...patch } = parsePatch(updateRelationshipInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "relationships", id, ["Relationship"], version, "the relationship");
    const current = {
      predicate: row.predicate,
      startDate: row.startDate,
      endDate: row.endDate,
      description: row.description,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(relationshipRecord, { ...current, ...patch });
    const subject = subjectId ? (await linkedEntity(tx, subjectId, "subjectId")).id : row.subjectId;
    const object = objectId ? (await linkedEntity(tx, objectId, "objectId")).id : row.objectId;
    if (subject === object) throw fieldError("objectId", "a relationship links two different entities");
    const { row: after } = await updateRecord(ctx, tx, "relationships", row, {
      subjectId: subject,
      objectId: object,
      ...relationshipColumns(fields),
    });
    return after;
  });
}

export async function deleteRelationship(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "relationships", id, ["Relationship"], version, "the relationship");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "relationships", row) };
  });
}
