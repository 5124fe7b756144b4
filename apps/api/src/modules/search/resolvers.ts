import type {
  CaseRoleRow,
  CaseRow,
  ChargeDefendantRow,
  ChargeRow,
  EntityRow,
  EventParticipantRow,
  EventRow,
  RelationshipRow,
  SourceRow,
} from "@casefile/db/tables";
import { entityTypeNames, type TargetType } from "@casefile/schema/enums";
import type { NodeTypeName } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { searchEverything } from "./service.js";

/** A record annotations point at, tagged with its GraphQL type. */
type SearchTarget = (
  | CaseRow
  | CaseRoleRow
  | ChargeRow
  | ChargeDefendantRow
  | EntityRow
  | EventRow
  | EventParticipantRow
  | RelationshipRow
  | SourceRow
) & { __typename: NodeTypeName };

/** As loadNode: a merged-away entity redirects to the one it was merged into, at most this many hops. */
const MAX_MERGE_HOPS = 16;

/** The record an annotation found by search points at, tagged with its GraphQL type (null when gone). */
async function annotatedRecord(ctx: Context, targetType: TargetType, id: string): Promise<SearchTarget | null> {
  const l = ctx.loaders;
  const tag = <R extends object, N extends string>(row: R | null, __typename: N) => (row ? { ...row, __typename } : null);
  switch (targetType) {
    case "ENTITY": {
      let row = await l.entityById.load(id);
      for (let hop = 0; row?.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) row = await l.entityById.load(row.mergedIntoId);
      return row ? { ...row, __typename: entityTypeNames[row.kind] } : null;
    }
    case "CASE":
      return tag(await l.caseById.load(id), "Case");
    case "CASE_ROLE":
      return tag(await l.caseRoleById.load(id), "CaseRole");
    case "RELATIONSHIP":
      return tag(await l.relationshipById.load(id), "Relationship");
    case "EVENT":
      return tag(await l.eventById.load(id), "Event");
    case "EVENT_PARTICIPANT":
      return tag(await l.participantById.load(id), "EventParticipant");
    case "CHARGE":
      return tag(await l.chargeById.load(id), "Charge");
    case "CHARGE_DEFENDANT":
      return tag(await l.chargeDefendantById.load(id), "ChargeDefendant");
    case "SOURCE":
      return tag(await l.sourceById.load(id), "Source");
    default:
      return null;
  }
}

export const resolvers: Resolvers<Context> = {
  Query: {
    search: (_, args, ctx) => searchEverything(ctx, args),
  },
  SearchResult: {
    annotates: (hit, _, ctx) =>
      hit.type === "ANNOTATION" && "targetType" in hit.node ? annotatedRecord(ctx, hit.node.targetType, hit.node.targetId) : null,
  },
};
