/** Writing entities: one create/update for every kind, with the kind's own fields. */
import type { Tx } from "@casefile/db";
import type { EntityRow } from "@casefile/db/tables";
import type { EntityKind } from "@casefile/schema/enums";
import { newLocalId } from "@casefile/schema/ids";
import { DEFAULT_CONFIDENCE, DEFAULT_FACT_STATUS, foreignFieldIssues, kindColumns, kindFields } from "@casefile/schema/rules";
import { deleteInput, entityFields, versionSchema } from "@casefile/schema/validators";
import { z } from "zod";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import type { InvalidField } from "../../lib/errors.js";
import { linkedEntity } from "../../lib/find.js";
import { fieldError, inputPath, invalidInput, parseInput } from "../../lib/input.js";
import { entityTypes } from "../../lib/resolve.js";
import { createRecord, dateColumns, deleteRecord, recordForWrite, refuseWhileReferenced, updateRecord } from "../../lib/write.js";

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

export function entityColumns(fields: ReturnType<typeof parseEntity>, parentId: string | null): Partial<EntityRow> {
  const f = fields as Record<string, unknown>;
  const own = kindFields[fields.kind];
  const columns: Record<string, unknown> = {
    kind: fields.kind,
    name: fields.name,
    aliases: fields.aliases ?? [],
    description: fields.description ?? null,
    fieldStatuses: fields.fieldStatuses ?? {},
    status: fields.status ?? DEFAULT_FACT_STATUS,
    confidence: fields.confidence ?? DEFAULT_CONFIDENCE,
  };
  for (const column of kindColumns) columns[column] = own.includes(column) ? (f[column] ?? null) : null;
  Object.assign(columns, dateColumns("birthDate", own.includes("birthDate") ? (f.birthDate as string | null | undefined) : null));
  columns.parentId = own.includes("parentId") ? parentId : null;
  return columns as Partial<EntityRow>;
}

/** The parent organization: it must exist, be an organization and not be the entity or its descendant. */
async function parentOf(tx: Tx, globalId: string | null | undefined, selfId: string): Promise<string | null> {
  if (globalId == null) return null;
  const parent = await linkedEntity(tx, globalId, "parentId", ["ORGANIZATION"]);
  if (await tx.entities.isInParentChain(parent as EntityRow, selfId))
    throw fieldError("parentId", "an organization cannot be part of itself or of one of its own units");
  return parent.id;
}

const createShape = z.object({
  kind: z.enum(["PERSON", "ORGANIZATION", "ONLINE_PERSONA", "PLACE", "ARTIFACT"], {
    error: "kind must be one of PERSON, ORGANIZATION, ONLINE_PERSONA, PLACE, ARTIFACT",
  }),
});

export async function createEntity(ctx: Context, input: Input): Promise<EntityRow> {
  requireEditor(ctx);
  const fields = parseNewEntity(input);
  return ctx.store.write((tx) => writeNewEntity(ctx, tx, fields, input));
}

/** Creates an entity inside a write that is already open (a service that creates one among other rows). */
export async function createEntityIn(ctx: Context, tx: Tx, input: Input): Promise<EntityRow> {
  requireEditor(ctx);
  return writeNewEntity(ctx, tx, parseNewEntity(input), input);
}

/** The checked fields of a new entity (an input error lists every problem). */
export function parseNewEntity(input: Input) {
  const { kind } = parseInput(createShape, input);
  const { map, issues } = fieldStatusMap(input.fieldStatuses);
  const values = withoutNullLists({ ...input, fieldStatuses: map });
  return parseEntity(kind, values, [...foreignFieldIssues(kind, input), ...issues]);
}

async function writeNewEntity(ctx: Context, tx: Tx, fields: ReturnType<typeof parseEntity>, input: Input): Promise<EntityRow> {
  const id = newLocalId(fields.kind.toLowerCase().replace("_", ""));
  const parentId = await parentOf(tx, input.parentId as string | null | undefined, id);
  const { row } = await createRecord(ctx, tx, "entities", { id, ...entityColumns(fields, parentId), mergedIntoId: null });
  return row;
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

export async function updateEntity(ctx: Context, input: Input): Promise<EntityRow> {
  requireEditor(ctx);
  const { id, version } = parseInput(updateShape, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "entities", id, entityTypes, version, "the entity");
    if (row.mergedIntoId)
      throw fieldError("id", "this entity was merged into another: edit the surviving entity (or unmerge first)");
    const kind = row.kind;
    const { id: _id, version: _version, kind: sentKind, ...patch } = input;
    const extra: InvalidField[] = [];
    if (sentKind !== undefined && sentKind !== kind)
      extra.push({ path: inputPath("kind"), message: "the kind of an entity cannot change: create a new entity and merge" });
    const { map, issues } = fieldStatusMap(patch.fieldStatuses);
    const sent: Input = Object.fromEntries(Object.entries({ ...patch, fieldStatuses: map }).filter(([, v]) => v !== undefined));
    const current: Input = {
      name: row.name,
      aliases: row.aliases,
      description: row.description,
      fieldStatuses: row.fieldStatuses,
      status: row.status,
      confidence: row.confidence,
    };
    const stored: Input = row;
    for (const f of kindFields[kind]) if (f !== "parentId") current[f] = stored[f];
    const fields = parseEntity(kind, withoutNullLists({ ...current, ...sent }), [
      ...foreignFieldIssues(kind, patch),
      ...issues,
      ...extra,
    ]);
    const parentId = "parentId" in sent ? await parentOf(tx, sent.parentId as string | null, row.id) : row.parentId;
    const { row: after } = await updateRecord(ctx, tx, "entities", row, entityColumns(fields, parentId));
    return after;
  });
}

export async function deleteEntity(ctx: Context, input: unknown) {
  requireEditor(ctx);
  const { id, version } = parseInput(deleteInput, input);
  return ctx.store.write(async (tx) => {
    const row = await recordForWrite(tx, "entities", id, entityTypes, version, "the entity");
    if (row.mergedIntoId)
      throw fieldError("id", "this entity is a merged duplicate that redirects to its survivor: unmerge it first");
    const references = await tx.entities.references(row.id);
    refuseWhileReferenced("the entity", [
      { label: "relationship(s)", count: references.relationships },
      { label: "event participation(s)", count: references.eventParticipants },
      { label: "charge(s)", count: references.charges },
      { label: "case role(s)", count: references.caseRoles },
      { label: "child organization(s)", count: references.childOrganizations },
      { label: "event(s) placed here", count: references.eventsPlaced },
      { label: "merged duplicate(s)", count: references.mergedDuplicates },
    ]);
    return { deletedId: id, revisionId: await deleteRecord(ctx, tx, "entities", row) };
  });
}
