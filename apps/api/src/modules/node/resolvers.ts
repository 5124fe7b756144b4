import { entityTypeNames } from "@casefile/schema/enums";
import { fromGlobalId, type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers, ResolversInterfaceTypes, ResolversTypes } from "../../generated/graphql.js";
import { AppError } from "../../lib/errors.js";

type Row = Record<string, unknown> & { id: string | number };
export type TypedRow = Row & { __typename: NodeTypeName };
/** A row of any Node type (the table row the resolvers take as parent), tagged with its GraphQL type. */
export type NodeRow = ResolversInterfaceTypes<ResolversTypes>["Node"] & { __typename: NodeTypeName };

const MAX_MERGE_HOPS = 16;

/** Loads the row a (typeName, local id) pair names, tagged with its GraphQL type. */
export async function loadNode(ctx: Context, typeName: NodeTypeName, id: string): Promise<NodeRow | null> {
  const l = ctx.loaders;
  const tag = <R extends ResolversInterfaceTypes<ResolversTypes>["Node"]>(
    row: R | null,
    name: NodeTypeName = typeName,
  ): NodeRow | null => (row ? { ...row, __typename: name } : null);
  switch (typeName) {
    case "Case":
      return tag(await l.caseById.load(id));
    case "Person":
    case "Organization":
    case "OnlinePersona":
    case "Place":
    case "Artifact": {
      // A merged-away duplicate redirects to the entity it was merged into.
      let row = await l.entityById.load(id);
      for (let hop = 0; row?.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) row = await l.entityById.load(row.mergedIntoId);
      return row ? tag(row, entityTypeNames[row.kind]) : null;
    }
    case "CaseRole":
      return tag(await l.caseRoleById.load(id));
    case "Relationship":
      return tag(await l.relationshipById.load(id));
    case "Event":
      return tag(await l.eventById.load(id));
    case "EventParticipant":
      return tag(await l.participantById.load(id));
    case "Charge":
      return tag(await l.chargeById.load(id));
    case "ChargeDefendant":
      return tag(await l.chargeDefendantById.load(id));
    case "Source":
      return tag(await l.sourceById.load(id));
    case "Citation":
      return tag(await l.citationById.load(id));
    case "Annotation":
      return tag(await l.annotationById.load(id));
    case "Revision":
      return tag(await l.revisionById.load(id));
    case "User":
      return tag(await l.userById.load(id));
    case "ApiToken":
      return null;
  }
}

/** Type names of the records citations and annotations point at ("Person" loads any entity). */
export const typeNameOfTarget = { ...targetTypeNames, ENTITY: "Person" } as const satisfies Record<string, NodeTypeName>;

export async function loadGlobal(ctx: Context, globalId: string): Promise<NodeRow | null> {
  const decoded = fromGlobalId(globalId);
  return decoded ? loadNode(ctx, decoded.typeName, decoded.id) : null;
}

function resolveType(row: unknown): string {
  const tagged = row as { __typename?: string; kind?: keyof typeof entityTypeNames };
  if (tagged.__typename) return tagged.__typename;
  if (tagged.kind && tagged.kind in entityTypeNames) return entityTypeNames[tagged.kind];
  throw new Error("cannot resolve the type of a row without __typename");
}

export const resolvers: Resolvers<Context> = {
  Node: { __resolveType: resolveType as never },
  Fact: { __resolveType: resolveType as never },
  Entity: { __resolveType: resolveType as never },
  Query: {
    node: (_, { id }, ctx) => loadGlobal(ctx, id) as never,
    nodes: async (_, { ids }, ctx) => {
      if (ids.length > 100) {
        throw AppError.badInput("nodes takes at most 100 IDs at a time", [{ path: "$.ids", message: "at most 100 IDs" }]);
      }
      return Promise.all(ids.map((id) => loadGlobal(ctx, id))) as never;
    },
  },
};
