import type {
  AnnotationRow,
  CaseRoleRow,
  CaseRow,
  ChargeDefendantRow,
  ChargeRow,
  CitationRow,
  EntityRow,
  EventParticipantRow,
  EventRow,
  RelationshipRow,
  RevisionRow,
  SourceRow,
  UserRow,
} from "@casefile/db/tables";
import { type EntityKind, entityKinds, entityTypeNames } from "@casefile/schema/enums";
import { fromGlobalId, type NodeTypeName, targetTypeNames } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { AppError } from "../../lib/errors.js";

type Row = Record<string, unknown> & { id: string | number };
/** A row of any table tagged with its GraphQL type (search hits, built from raw rows). */
export type TypedRow = Row & { __typename: NodeTypeName };

type Tagged<R, N extends NodeTypeName> = R & { __typename: N };

/** A record loaded by its global ID: its table's row, tagged with its GraphQL type. */
export type NodeRecord =
  | Tagged<CaseRow, "Case">
  | Tagged<EntityRow, (typeof entityTypeNames)[EntityKind]>
  | Tagged<CaseRoleRow, "CaseRole">
  | Tagged<RelationshipRow, "Relationship">
  | Tagged<EventRow, "Event">
  | Tagged<EventParticipantRow, "EventParticipant">
  | Tagged<ChargeRow, "Charge">
  | Tagged<ChargeDefendantRow, "ChargeDefendant">
  | Tagged<SourceRow, "Source">
  | Tagged<CitationRow, "Citation">
  | Tagged<AnnotationRow, "Annotation">
  | Tagged<RevisionRow, "Revision">
  | Tagged<UserRow, "User">;

const MAX_MERGE_HOPS = 16;

const tag = <R extends object, N extends NodeTypeName>(row: R | null, name: N): Tagged<R, N> | null =>
  row ? { ...row, __typename: name } : null;

/** Loads the row a (typeName, local id) pair names, tagged with its GraphQL type. */
export async function loadNode(ctx: Context, typeName: NodeTypeName, id: string): Promise<NodeRecord | null> {
  const l = ctx.loaders;
  switch (typeName) {
    case "Case":
      return tag(await l.caseById.load(id), "Case");
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
      return tag(await l.caseRoleById.load(id), "CaseRole");
    case "Relationship":
      return tag(await l.relationshipById.load(id), "Relationship");
    case "Event":
      return tag(await l.eventById.load(id), "Event");
    case "EventParticipant":
      return tag(await l.participantById.load(id), "EventParticipant");
    case "Charge":
      return tag(await l.chargeById.load(id), "Charge");
    case "ChargeDefendant":
      return tag(await l.chargeDefendantById.load(id), "ChargeDefendant");
    case "Source":
      return tag(await l.sourceById.load(id), "Source");
    case "Citation":
      return tag(await l.citationById.load(id), "Citation");
    case "Annotation":
      return tag(await l.annotationById.load(id), "Annotation");
    case "Revision":
      return tag(await l.revisionById.load(id), "Revision");
    case "User":
      return tag(await l.userById.load(id), "User");
    case "ApiToken":
      return null;
  }
}

/** Type names of the records citations and annotations point at ("Person" loads any entity). */
export const typeNameOfTarget = { ...targetTypeNames, ENTITY: "Person" } as const satisfies Record<string, NodeTypeName>;

export async function loadGlobal(ctx: Context, globalId: string): Promise<NodeRecord | null> {
  const decoded = fromGlobalId(globalId);
  return decoded ? loadNode(ctx, decoded.typeName, decoded.id) : null;
}

const entityKindSet: ReadonlySet<string> = new Set(entityKinds);
const isEntityKind = (kind: unknown): kind is EntityKind => typeof kind === "string" && entityKindSet.has(kind);

/**
 * The `__resolveType` of an interface whose objects are `names`: a row's `__typename` (rows
 * loaded by ID are tagged), else an entity's type from its kind.
 */
function typeResolver<T extends NodeTypeName>(names: readonly T[]) {
  const allowed: ReadonlySet<string> = new Set(names);
  const isAllowed = (name: unknown): name is T => typeof name === "string" && allowed.has(name);
  return (row: object): T => {
    const typeName = "__typename" in row ? row.__typename : undefined;
    if (isAllowed(typeName)) return typeName;
    const kind = "kind" in row ? row.kind : undefined;
    if (typeName === undefined && isEntityKind(kind) && isAllowed(entityTypeNames[kind])) return entityTypeNames[kind];
    throw new Error(
      typeName === undefined
        ? "cannot resolve the type of a row without __typename"
        : `a ${String(typeName)} is not one of ${names.join(", ")}`,
    );
  };
}

const entityNames = Object.values(entityTypeNames);
const factNames = [...entityNames, "CaseRole", "Charge", "ChargeDefendant", "Event", "EventParticipant", "Relationship"] as const;
const nodeNames = [...factNames, "Annotation", "Case", "Revision", "Source", "Citation", "User"] as const;

export const resolvers: Resolvers<Context> = {
  Node: { __resolveType: typeResolver(nodeNames) },
  Fact: { __resolveType: typeResolver(factNames) },
  Entity: { __resolveType: typeResolver(entityNames) },
  Query: {
    node: (_, { id }, ctx) => loadGlobal(ctx, id),
    nodes: async (_, { ids }, ctx) => {
      if (ids.length > 100) {
        throw AppError.badInput("nodes takes at most 100 IDs at a time", [{ path: "$.ids", message: "at most 100 IDs" }]);
      }
      return Promise.all(ids.map((id) => loadGlobal(ctx, id)));
    },
  },
};
