/** Writing entities: one create/update for every kind, with the kind's own fields. */
import { writeTransaction } from "@casefile/db";
import type { EntityKind } from "@casefile/schema/enums";
import { newLocalId } from "@casefile/schema/ids";
import { foreignFieldIssues, kindColumns, kindFields } from "@casefile/schema/rules";
import { deleteInput, entityFields, versionSchema } from "@casefile/schema/validators";
import { z } from "zod";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord, deleteRecord, refuseWhileReferenced, updateRecord } from "../../lib/edit.js";
import type { InvalidField } from "../../lib/errors.js";
import { fieldError, inputPath, invalidInput, parseInput } from "../../lib/input.js";
import { linkedEntity, rowToChange } from "../../lib/lookup.js";
import { checkVersion, dateColumns, type Row } from "../../lib/records.js";
import { entityTypes } from "../../lib/resolve.js";

type Input = Record<string, unknown>;

/** GraphQL gives field statuses as a list; the validators and the table keep a map. */
function fieldStatusMap(list: unknown): { map?: Record<string, unknown>; issues: InvalidField[] } {
  if (list === undefined) return { issues: [] };
  if (list === null) return { map: {}, issues: [] };
  const map: Record<string, unknown> = {};
  const issues: InvalidField[] = [];
  (list as { field: string; status: string; confidence: number }[]).forEach((entry, i) => {
    if (entry.field in map)
      issues.push({ path: inputPath("fieldStatuses", i, "field"), message: `${entry.field} is listed twice` });
    map[entry.field] = { status: entry.status, confidence: entry.confidence };
  });
  return { map, issues };
}

function parseEntity(kind: EntityKind, values: Input, extraIssues: InvalidField[]) {
  const { parentId: _parent, ...rest } = values;
  const result = entityFields.safeParse({ ...rest, kind });
  const issues = [...extraIssues];
  if (!result.success) issues.push(...result.error.issues.map((i) => ({ path: inputPath(...i.path), message: i.message })));
  if (issues.length > 0 || !result.success) throw invalidInput(issues);
  return result.data;
}

function entityColumns(fields: ReturnType<typeof parseEntity>, parentId: string | null) {
  const f = fields as Record<string, unknown>;
  const own = kindFields[fields.kind];
  const columns: Record<string, unknown> = {
    kind: fields.kind,
    name: fields.name,
    aliases: fields.aliases ?? [],
    description: fields.description ?? null,
    fieldStatuses: fields.fieldStatuses ?? {},
    status: fields.status ?? "ALLEGED",
    confidence: fields.confidence ?? 50,
  };
  for (const column of kindColumns) columns[column] = own.includes(column) ? (f[column] ?? null) : null;
  Object.assign(columns, dateColumns("birthDate", own.includes("birthDate") ? (f.birthDate as string | null | undefined) : null));
  columns.parentId = own.includes("parentId") ? parentId : null;
  return columns;
}

/** The parent organization: it must exist, be an organization and not be the entity or its descendant. */
function parentOf(ctx: Context, globalId: string | null | undefined, selfId: string | null): string | null {
  if (globalId == null) return null;
  const parent = linkedEntity(ctx, globalId, "parentId", ["ORGANIZATION"]);
  for (let at: Row | undefined = parent, hops = 0; at && hops < 64; hops++) {
    if (at.id === selfId) throw fieldError("parentId", "an organization cannot be part of itself or of one of its own units");
    at = at.parentId ? ctx.queries.get<Row>("SELECT * FROM entities WHERE id = ?", [at.parentId]) : undefined;
  }
  return parent.id;
}

const createShape = z.object({
  kind: z.enum(["PERSON", "ORGANIZATION", "ONLINE_PERSONA", "PLACE", "ARTIFACT"], {
    error: "kind must be one of PERSON, ORGANIZATION, ONLINE_PERSONA, PLACE, ARTIFACT",
  }),
});

export function createEntity(ctx: Context, input: Input): Row {
  requireEditor(ctx);
  const { kind } = parseInput(createShape, input);
  const { map, issues } = fieldStatusMap(input.fieldStatuses);
  const values = withoutNullLists({ ...input, fieldStatuses: map });
  const fields = parseEntity(kind, values, [...foreignFieldIssues(kind, input), ...issues]);
  return writeTransaction(ctx.store, () => {
    const id = newLocalId(kind.toLowerCase().replace("_", ""));
    const parentId = parentOf(ctx, input.parentId as string | null | undefined, id);
    return createRecord(ctx, "entities", { id, ...entityColumns(fields, parentId), mergedIntoId: null }).row;
  });
}

/** null for a list means "empty" (GraphQL clients send null for cleared lists). */
function withoutNullLists(values: Input): Input {
  const out = { ...values };
  if (out.aliases === null) out.aliases = [];
  if (out.fieldStatuses === undefined) delete out.fieldStatuses;
  for (const key of ["status", "confidence"]) if (out[key] === null) delete out[key];
  return out;
}

const updateShape = z.object({ id: z.string({ error: "id is required" }).min(1, "id is required"), version: versionSchema });

export function updateEntity(ctx: Context, input: Input): Row {
  requireEditor(ctx);
  const { id, version } = parseInput(updateShape, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, entityTypes, "the entity");
    checkVersion(row, version, "the entity");
    if (row.mergedIntoId)
      throw fieldError("id", "this entity was merged into another: edit the surviving entity (or unmerge first)");
    const kind = row.kind as EntityKind;
    const { id: _id, version: _version, kind: sentKind, ...patch } = input;
    const extra: InvalidField[] = [];
    if (sentKind !== undefined && sentKind !== kind)
      extra.push({ path: inputPath("kind"), message: "the kind of an entity cannot change: create a new entity and merge" });
    const { map, issues } = fieldStatusMap(patch.fieldStatuses);
    const sent = Object.fromEntries(Object.entries({ ...patch, fieldStatuses: map }).filter(([, v]) => v !== undefined));
    const current: Input = {
      name: row.name,
      aliases: row.aliases,
      description: row.description,
      fieldStatuses: row.fieldStatuses,
      status: row.status,
      confidence: row.confidence,
    };
    for (const f of kindFields[kind]) if (f !== "parentId") current[f] = row[f];
    const fields = parseEntity(kind, withoutNullLists({ ...current, ...sent }), [
      ...foreignFieldIssues(kind, patch),
      ...issues,
      ...extra,
    ]);
    const parentId =
      "parentId" in sent
        ? parentOf(ctx, sent.parentId as unknown as string | null, row.id)
        : ((row.parentId as string | null) ?? null);
    return updateRecord(ctx, "entities", row, entityColumns(fields, parentId)).row;
  });
}

export function deleteEntity(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return writeTransaction(ctx.store, () => {
    const { row } = rowToChange(ctx, id, entityTypes, "the entity");
    checkVersion(row, version, "the entity");
    if (row.mergedIntoId)
      throw fieldError("id", "this entity is a merged duplicate that redirects to its survivor: unmerge it first");
    const count = (sql: string, params: unknown[] = [row.id]) => ctx.queries.value<number>(sql, params) ?? 0;
    refuseWhileReferenced("the entity", [
      {
        label: "relationship(s)",
        count: count("SELECT count(*) FROM relationships WHERE subject_id = ? OR object_id = ?", [row.id, row.id]),
      },
      { label: "event participation(s)", count: count("SELECT count(*) FROM event_participants WHERE entity_id = ?") },
      { label: "charge(s)", count: count("SELECT count(*) FROM charge_defendants WHERE entity_id = ?") },
      { label: "case role(s)", count: count("SELECT count(*) FROM case_roles WHERE entity_id = ?") },
      { label: "child organization(s)", count: count("SELECT count(*) FROM entities WHERE parent_id = ?") },
      { label: "event(s) placed here", count: count("SELECT count(*) FROM events WHERE place_id = ?") },
      { label: "merged duplicate(s)", count: count("SELECT count(*) FROM entities WHERE merged_into_id = ?") },
    ]);
    return { deletedId: id, revisionId: deleteRecord(ctx, "entities", row) };
  });
}
