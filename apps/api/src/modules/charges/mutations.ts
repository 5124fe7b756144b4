/** Writing counts and their defendants. */

import type { Tx } from "@casefile/db";
import type { ChargeDefendantRow, ChargeRow } from "@casefile/db/tables";
import type { FactStatus } from "@casefile/schema/enums";
import { newLocalId } from "@casefile/schema/ids";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
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
import { linkedEntity, linkedRow } from "../../lib/find.js";
import { fieldError, parseInput, parsePatch } from "../../lib/input.js";
import { createRecord, deleteRecord, recordForWrite, updateRecord } from "../../lib/write.js";

async function assertCountFree(tx: Tx, caseId: string, countNumber: number, exceptId: string | null): Promise<void> {
  const owner = await tx.charges.idOfCount(caseId, countNumber);
  if (owner && owner !== exceptId)
    throw fieldError("countNumber", `count ${countNumber} already exists in this case: choose another number`);
}

async function addDefendant(
  ctx: Context,
  tx: Tx,
  chargeId: string,
  d: { entityId: string; status?: FactStatus | undefined; confidence?: number | undefined },
  field: string,
): Promise<ChargeDefendantRow> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const entity = await linkedEntity(tx, d.entityId, at("entityId"));
  if (await tx.charges.isCharged(chargeId, entity.id)) {
    throw fieldError(at("entityId"), "this defendant is already charged in this count");
  }
  const { row } = await createRecord(ctx, tx, "charge_defendants", {
    id: newLocalId("def"),
    chargeId,
    entityId: entity.id,
    status: d.status ?? DEFAULT_FACT_STATUS,
    confidence: d.confidence ?? DEFAULT_CONFIDENCE,
  });
  return row;
}

export async function createCharge(ctx: Context, input: unknown): Promise<ChargeRow> {
  requireEditor(ctx);
  const { caseId, defendants, ...fields } = parseInput(createChargeInput, input);
  return ctx.store.write(async (tx) => {
    const caseRow = await linkedRow(tx, caseId, ["Case"], "caseId", "case");
    await assertCountFree(tx, caseRow.id, fields.countNumber, null);
    const { row } = await createRecord(ctx, tx, "charges", {
      id: newLocalId("charge"),
      caseId: caseRow.id,
      ...fields,
      description: fields.description ?? null,
      status: fields.status ?? DEFAULT_FACT_STATUS,
      confidence: fields.confidence ?? DEFAULT_CONFIDENCE,
    });
    for (const [i, d] of (defendants ?? []).entries()) await addDefendant(ctx, tx, row.id, d, `defendants.${i}`);
    return row;
  });
}

export async function updateCharge(ctx: Context, input: unknown): Promise<ChargeRow> {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateChargeInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "charges", id, ["Charge"], version, "the charge");
    const current = {
      countNumber: row.countNumber,
      title: row.title,
      statute: row.statute,
      description: row.description,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(chargeFields, { ...current, ...patch });
    await assertCountFree(tx, row.caseId, fields.countNumber, row.id);
    const { row: after } = await updateRecord(ctx, tx, "charges", row, fields);
    return after;
  });
}

export async function deleteCharge(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "charges", id, ["Charge"], version, "the charge");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "charges", row) };
  });
}

export async function addChargeDefendant(ctx: Context, input: unknown): Promise<ChargeDefendantRow> {
  requireEditor(ctx);
  const { chargeId, ...defendant } = parseInput(addChargeDefendantInput, input);
  return ctx.store.write(async (tx) => {
    const charge = await linkedRow(tx, chargeId, ["Charge"], "chargeId", "charge");
    return addDefendant(ctx, tx, charge.id, defendant, "");
  });
}

export async function updateChargeDefendant(ctx: Context, input: unknown): Promise<ChargeDefendantRow> {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateChargeDefendantInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "charge_defendants", id, ["ChargeDefendant"], version, "the defendant link");
    const fields = parseInput(defendantFields, { status: row.status, confidence: row.confidence, ...patch });
    const { row: after } = await updateRecord(ctx, tx, "charge_defendants", row, fields);
    return after;
  });
}

export async function removeChargeDefendant(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "charge_defendants", id, ["ChargeDefendant"], version, "the defendant link");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "charge_defendants", row) };
  });
}
