/** Writing counts and their defendants. */
import { writeTransaction } from "@casefile/db";
import { newLocalId } from "@casefile/schema/ids";
import {
  addChargeDefendantInput,
  chargeFields,
  createChargeInput,
  defendantFields,
  deleteInput,
  updateChargeDefendantInput,
  updateChargeInput,
} from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord, deleteRecord, updateRecord } from "../../lib/edit.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { linkedEntity, linkedRow, rowToChange } from "../../lib/lookup.js";
import { checkVersion, type Row } from "../../lib/records.js";

function assertCountFree(ctx: Context, caseId: string, countNumber: number, exceptId: string | null) {
  const owner = ctx.queries.value<string>("SELECT id FROM charges WHERE case_id = ? AND count_number = ?", [caseId, countNumber]);
  if (owner && owner !== exceptId)
    throw fieldError("countNumber", `count ${countNumber} already exists in this case: choose another number`);
}

function addDefendant(
  ctx: Context,
  chargeId: string,
  d: { entityId: string; status?: string | undefined; confidence?: number | undefined },
  field: string,
): Row {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const entity = linkedEntity(ctx, d.entityId, at("entityId"));
  if (ctx.queries.value("SELECT 1 FROM charge_defendants WHERE charge_id = ? AND entity_id = ?", [chargeId, entity.id])) {
    throw fieldError(at("entityId"), "this defendant is already charged in this count");
  }
  return createRecord(ctx, "charge_defendants", {
    id: newLocalId("def"),
    chargeId,
    entityId: entity.id,
    status: d.status ?? "ALLEGED",
    confidence: d.confidence ?? 50,
  }).row;
}

export function createCharge(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { caseId, defendants, ...fields } = parseInput(createChargeInput, input);
  return writeTransaction(ctx.store, () => {
    const caseRow = linkedRow(ctx, caseId, ["Case"], "caseId", "case");
    assertCountFree(ctx, caseRow.id, fields.countNumber, null);
    const { row } = createRecord(ctx, "charges", {
      id: newLocalId("charge"),
      caseId: caseRow.id,
      ...fields,
      description: fields.description ?? null,
      status: fields.status ?? "ALLEGED",
      confidence: fields.confidence ?? 50,
    });
    for (const [i, d] of (defendants ?? []).entries()) addDefendant(ctx, row.id, d, `defendants.${i}`);
    return row;
  });
}

export function updateCharge(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateChargeInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Charge"], "the charge");
    checkVersion(row, version, "the charge");
    const current = {
      countNumber: row.countNumber,
      title: row.title,
      statute: row.statute,
      description: row.description,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(chargeFields, { ...current, ...patch });
    assertCountFree(ctx, row.caseId as string, fields.countNumber, row.id);
    return updateRecord(ctx, "charges", row, fields).row;
  });
}

export function deleteCharge(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Charge"], "the charge");
    checkVersion(row, version, "the charge");
    return { deletedId: id, revisionId: deleteRecord(ctx, "charges", row) };
  });
}

export function addChargeDefendant(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { chargeId, ...defendant } = parseInput(addChargeDefendantInput, input);
  return writeTransaction(ctx.store, () => {
    const charge = linkedRow(ctx, chargeId, ["Charge"], "chargeId", "charge");
    return addDefendant(ctx, charge.id, defendant, "");
  });
}

export function updateChargeDefendant(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateChargeDefendantInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["ChargeDefendant"], "the defendant link");
    checkVersion(row, version, "the defendant link");
    const fields = parseInput(defendantFields, { status: row.status, confidence: row.confidence, ...patch });
    return updateRecord(ctx, "charge_defendants", row, fields).row;
  });
}

export function removeChargeDefendant(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["ChargeDefendant"], "the defendant link");
    checkVersion(row, version, "the defendant link");
    return { deletedId: id, revisionId: deleteRecord(ctx, "charge_defendants", row) };
  });
}
