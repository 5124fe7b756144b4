import type { EntityRow } from "@casefile/db/tables";
import { type ParticipantRole, participantRoles } from "@casefile/schema/enums";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, globalIdOf, provenanceFields } from "../../lib/resolve.js";
import { findEntities } from "./service.js";

const participantRoleNames: ReadonlySet<string> = new Set(participantRoles);
const isParticipantRole = (role: string): role is ParticipantRole => participantRoleNames.has(role);

/** An entity's roles in an event, once each (a comma-separated list of its participant rows' roles). */
const rolesOf = (roles: string): ParticipantRole[] =>
  roles.includes(",") ? [...new Set(roles.split(","))].filter(isParticipantRole) : isParticipantRole(roles) ? [roles] : [];

async function chargesInCase(ctx: Context, entityId: string, caseSlug: string) {
  const links = await ctx.loaders.chargeLinksByEntity.load(entityId);
  const caseId = await caseIdForSlug(ctx, caseSlug, "caseSlug");
  return links.filter((l) => l._case === caseId);
}

/** Fields every entity type shares. */
const entityFields = {
  ...provenanceFields("ENTITY"),
  fieldStatuses: (row: EntityRow) =>
    Object.entries(row.fieldStatuses ?? {}).map(([field, s]) => ({ field, status: s.status, confidence: s.confidence })),
  relationships: async (
    row: EntityRow,
    args: {
      direction?: string | null;
      predicate?: string | null;
      isUncited?: boolean | null;
      first?: number | null;
      after?: string | null;
    },
    ctx: Context,
  ) => {
    const { size } = pageSize(args, 50);
    const offset = offsetFrom(args.after);
    const page = await ctx.loaders.relationshipPagesByEntity.load({
      parent: row.id,
      offset,
      size: size + 1,
      filter: `${args.direction ?? "BOTH"}:${args.predicate ?? ""}:${args.isUncited ?? ""}`,
    });
    return offsetConnection(page.rows, page.total, offset, size);
  },
  events: async (
    row: EntityRow,
    args: { caseSlug?: string | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) => {
    const { size } = pageSize(args, 50);
    const offset = offsetFrom(args.after);
    const caseId = args.caseSlug != null ? await caseIdForSlug(ctx, args.caseSlug, "caseSlug") : undefined;
    const page = await ctx.loaders.eventPagesByEntity.load({ parent: row.id, offset, size: size + 1, filter: caseId });
    const connection = offsetConnection(page.rows, page.total, offset, size);
    return { ...connection, edges: connection.edges.map((edge) => ({ ...edge, roles: rolesOf(edge.node._roles) })) };
  },
  charges: (row: EntityRow, args: { caseSlug?: string | null }, ctx: Context) =>
    args.caseSlug == null ? ctx.loaders.chargeLinksByEntity.load(row.id) : chargesInCase(ctx, row.id, args.caseSlug),
  cases: (row: EntityRow, _: unknown, ctx: Context) => ctx.loaders.caseRolesByEntity.load(row.id),
};

export const resolvers: Resolvers<Context> = {
  Query: {
    entities: (_, args, ctx) => findEntities(ctx, args),
  },
  Person: { id: globalIdOf("Person"), ...entityFields },
  Organization: {
    id: globalIdOf("Organization"),
    ...entityFields,
    organizationKind: (row: EntityRow) => row.organizationKind ?? "OTHER",
    parent: (row: EntityRow, _: unknown, ctx: Context) => (row.parentId ? ctx.loaders.entityById.load(row.parentId) : null),
    children: (row: EntityRow, _: unknown, ctx: Context) => ctx.loaders.childrenByParent.load(row.id),
  },
  OnlinePersona: {
    id: globalIdOf("OnlinePersona"),
    ...entityFields,
    personaKind: (row: EntityRow) => row.personaKind ?? "ACCOUNT",
  },
  Place: { id: globalIdOf("Place"), ...entityFields, placeKind: (row: EntityRow) => row.placeKind ?? "OTHER" },
  Artifact: {
    id: globalIdOf("Artifact"),
    ...entityFields,
    artifactKind: (row: EntityRow) => row.artifactKind ?? "OTHER",
  },
};
