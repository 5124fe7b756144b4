/** Small pieces most resolver maps share. */
import { type EntityKind, entityTypeNames, type TargetType } from "@casefile/schema/enums";
import { fromGlobalId, type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../context.js";
import { AppError } from "./errors.js";

/** `id` resolver of a type: the row's local id as a global ID. */
export const globalIdOf =
  (typeName: NodeTypeName) =>
  (row: { id: string | number }): string =>
    toGlobalId(typeName, String(row.id));

export const entityTypeName = (row: { kind: EntityKind }): NodeTypeName => entityTypeNames[row.kind];

/** The `citations` and `annotations` fields of every fact, for one target type. */
export function provenanceFields(targetType: TargetType) {
  return {
    // The loader's own promise when there is nothing to filter: no extra promise per row.
    citations: (row: { id: string }, args: { field?: string | null }, ctx: Context) => {
      const list = ctx.loaders.citationsByTarget.load(`${targetType}:${row.id}`);
      const { field } = args;
      return field ? list.then((all) => all.filter((c) => c.field === field)) : list;
    },
    annotations: (row: { id: string }, args: { status?: string | null }, ctx: Context) => {
      const list = ctx.loaders.annotationsByTarget.load(`${targetType}:${row.id}`);
      const { status } = args;
      return status ? list.then((all) => all.filter((a) => a.status === status)) : list;
    },
  };
}

/**
 * Decodes a global ID argument that must name one of `types`; anything else is a clear
 * BAD_USER_INPUT naming the argument.
 */
export function localIdOf(globalId: string, types: readonly NodeTypeName[], argument: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || !types.includes(decoded.typeName)) {
    throw AppError.badInput(`${argument} is not the ID of a ${types.join(" or ")}`, [
      { path: `$.${argument}`, message: `expected the global ID of a ${types.join(" or ")}` },
    ]);
  }
  return decoded.id;
}

export const entityTypes = Object.values(entityTypeNames) as NodeTypeName[];

/** Looks up a case by slug for a filter argument; an unknown slug is an input error, not an empty list. */
export async function caseIdForSlug(ctx: Context, slug: string, argument: string): Promise<string> {
  const row = await ctx.loaders.caseBySlug.load(slug);
  if (!row) {
    throw AppError.badInput(`there is no case with slug "${slug}"`, [
      { path: `$.${argument}`, message: "unknown case slug; list cases with the `cases` query" },
    ]);
  }
  return row.id;
}

/**
 * A record a non-null field points to. The schema's foreign keys keep it there; if it is missing
 * anyway, the field fails (as GraphQL would for a null) with a message naming what is missing.
 */
export async function required<T>(record: Promise<T | null>, what: string): Promise<T> {
  const found = await record;
  if (found === null) throw new Error(`${what} is missing`);
  return found;
}
