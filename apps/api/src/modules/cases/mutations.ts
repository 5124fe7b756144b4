/** Writing cases and case roles. */

import type { Tx } from "@casefile/db";
import type { CaseRoleRow, CaseRow } from "@casefile/db/tables";
import type { CaseRole } from "@casefile/schema/enums";
import { newLocalId } from "@casefile/schema/ids";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS } from "@casefile/schema/rules";
import {
  caseFields,
  caseRoleFields,
  createCaseInput,
  createCaseRoleInput,
  deleteInput,
  updateCaseInput,
  updateCaseRoleInput,
} from "@casefile/schema/validators";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { linkedEntity, linkedRow } from "../../lib/find.js";
import { fieldError, given, parseInput, parsePatch } from "../../lib/input.js";
import { createRecord, dateColumns, deleteRecord, recordForWrite, updateRecord } from "../../lib/write.js";

const caseEditable = (row: CaseRow) => ({
  slug: row.slug,
  caption: row.caption,
  shortTitle: row.shortTitle,
  docketNumber: row.docketNumber,
  court: row.court,
  jurisdiction: row.jurisdiction,
  status: row.status,
  filedDate: row.filedDate,
  summary: row.summary,
});

function caseColumns(fields: ReturnType<typeof caseFields.parse>) {
  const { filedDate, ...rest } = fields;
  return { ...rest, ...dateColumns("filedDate", filedDate) };
}

async function assertSlugFree(tx: Tx, slug: string, exceptId: string | null): Promise<void> {
  const owner = await tx.cases.idOfSlug(slug);
  if (owner && owner !== exceptId) throw fieldError("slug", `the slug "${slug}" is taken by another case: choose another`);
}

export async function createCase(ctx: Context, input: unknown): Promise<CaseRow> {
  requireEditor(ctx);
  const fields = parseInput(createCaseInput, input);
  return ctx.store.write(async (tx) => {
    await assertSlugFree(tx, fields.slug, null);
    const { row } = await createRecord(ctx, tx, "cases", { id: newLocalId("case"), ...caseColumns(fields) });
    return row;
  });
}

export async function updateCase(ctx: Context, input: unknown): Promise<CaseRow> {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateCaseInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "cases", id, ["Case"], version, "the case");
    const fields = parseInput(caseFields, { ...caseEditable(row), ...given(patch) });
    await assertSlugFree(tx, fields.slug, row.id);
    const { row: after } = await updateRecord(ctx, tx, "cases", row, caseColumns(fields));
    return after;
  });
}

export async function deleteCase(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "cases", id, ["Case"], version, "the case");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "cases", row) };
  });
}

// Case roles ----------------------------------------------------------------------------------

async function assertRoleFree(tx: Tx, caseId: string, entityId: string, role: CaseRole, exceptId: string | null): Promise<void> {
  const owner = await tx.cases.idOfRole(caseId, entityId, role);
  if (owner && owner !== exceptId) throw fieldError("role", `the entity already has the role ${role} in this case`);
}

export async function createCaseRole(ctx: Context, input: unknown): Promise<CaseRoleRow> {
  requireEditor(ctx);
  const fields = parseInput(createCaseRoleInput, input);
  return ctx.store.write((tx) => writeCaseRole(ctx, tx, fields));
}

/** createCaseRole inside a write the caller runs (for services that give a role as part of a larger write). */
export async function createCaseRoleIn(ctx: Context, tx: Tx, input: unknown): Promise<CaseRoleRow> {
  requireEditor(ctx);
  return writeCaseRole(ctx, tx, parseInput(createCaseRoleInput, input));
}

async function writeCaseRole(
  ctx: Context,
  tx: Tx,
  { caseId, entityId, ...fields }: ReturnType<typeof createCaseRoleInput.parse>,
): Promise<CaseRoleRow> {
  const caseRow = await linkedRow(tx, caseId, ["Case"], "caseId", "case");
  const entity = await linkedEntity(tx, entityId, "entityId");
  await assertRoleFree(tx, caseRow.id, entity.id, fields.role, null);
  const position = fields.position ?? (await tx.cases.nextRolePosition(caseRow.id, fields.role));
  const { row } = await createRecord(ctx, tx, "case_roles", {
    id: newLocalId("role"),
    caseId: caseRow.id,
    entityId: entity.id,
    role: fields.role,
    description: fields.description,
    position,
    status: fields.status ?? DEFAULT_FACT_STATUS,
    confidence: fields.confidence ?? DEFAULT_CONFIDENCE,
  });
  return row;
}

export async function updateCaseRole(ctx: Context, input: unknown): Promise<CaseRoleRow> {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateCaseRoleInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "case_roles", id, ["CaseRole"], version, "the case role");
    const current = {
      role: row.role,
      description: row.description,
      position: row.position,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(caseRoleFields, { ...current, ...given(patch) });
    await assertRoleFree(tx, row.caseId, row.entityId, fields.role, row.id);
    const { row: after } = await updateRecord(ctx, tx, "case_roles", row, fields);
    return after;
  });
}

export async function deleteCaseRole(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "case_roles", id, ["CaseRole"], version, "the case role");
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "case_roles", row) };
  });
}
