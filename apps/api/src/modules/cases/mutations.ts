/** Writing cases and case roles. */
import { writeTransaction } from "@casefile/db";
import { newLocalId } from "@casefile/schema/ids";
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
import { createRecord, deleteRecord, updateRecord } from "../../lib/edit.js";
import { fieldError, given, parseInput, parsePatch } from "../../lib/input.js";
import { linkedEntity, linkedRow, rowToChange } from "../../lib/lookup.js";
import { checkVersion, dateColumns, type Row } from "../../lib/records.js";

const caseEditable = (row: Row) => ({
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

function assertSlugFree(ctx: Context, slug: string, exceptId: string | null) {
  const owner = ctx.queries.value<string>("SELECT id FROM cases WHERE slug = ?", [slug]);
  if (owner && owner !== exceptId) throw fieldError("slug", `the slug "${slug}" is taken by another case: choose another`);
}

export function createCase(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const fields = parseInput(createCaseInput, input);
  return writeTransaction(ctx.store, () => {
    assertSlugFree(ctx, fields.slug, null);
    return createRecord(ctx, "cases", { id: newLocalId("case"), ...caseColumns(fields) }).row;
  });
}

export function updateCase(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateCaseInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Case"], "the case");
    checkVersion(row, version, "the case");
    const fields = parseInput(caseFields, { ...caseEditable(row), ...given(patch) });
    assertSlugFree(ctx, fields.slug, row.id);
    return updateRecord(ctx, "cases", row, caseColumns(fields)).row;
  });
}

export function deleteCase(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["Case"], "the case");
    checkVersion(row, version, "the case");
    return { deletedId: id, revisionId: deleteRecord(ctx, "cases", row) };
  });
}

// Case roles ----------------------------------------------------------------------------------

function assertRoleFree(ctx: Context, caseId: string, entityId: string, role: string, exceptId: string | null) {
  const owner = ctx.queries.value<string>("SELECT id FROM case_roles WHERE case_id = ? AND entity_id = ? AND role = ?", [
    caseId,
    entityId,
    role,
  ]);
  if (owner && owner !== exceptId) throw fieldError("role", `the entity already has the role ${role} in this case`);
}

export function createCaseRole(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { caseId, entityId, ...fields } = parseInput(createCaseRoleInput, input);
  return writeTransaction(ctx.store, () => {
    const caseRow = linkedRow(ctx, caseId, ["Case"], "caseId", "case");
    const entity = linkedEntity(ctx, entityId, "entityId");
    assertRoleFree(ctx, caseRow.id, entity.id, fields.role, null);
    const position =
      fields.position ??
      ctx.queries.value<number>("SELECT coalesce(max(position) + 1, 0) FROM case_roles WHERE case_id = ? AND role = ?", [
        caseRow.id,
        fields.role,
      ]) ??
      0;
    return createRecord(ctx, "case_roles", {
      id: newLocalId("role"),
      caseId: caseRow.id,
      entityId: entity.id,
      role: fields.role,
      description: fields.description,
      position,
      status: fields.status ?? "ALLEGED",
      confidence: fields.confidence ?? 50,
    }).row;
  });
}

export function updateCaseRole(ctx: Context, input: unknown): Row {
  requireEditor(ctx);
  const { id, version, ...patch } = parsePatch(updateCaseRoleInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["CaseRole"], "the case role");
    checkVersion(row, version, "the case role");
    const current = {
      role: row.role,
      description: row.description,
      position: row.position,
      status: row.status,
      confidence: row.confidence,
    };
    const fields = parseInput(caseRoleFields, { ...current, ...given(patch) });
    assertRoleFree(ctx, row.caseId as string, row.entityId as string, fields.role, row.id);
    return updateRecord(ctx, "case_roles", row, fields).row;
  });
}

export function deleteCaseRole(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, ["CaseRole"], "the case role");
    checkVersion(row, version, "the case role");
    return { deletedId: id, revisionId: deleteRecord(ctx, "case_roles", row) };
  });
}
