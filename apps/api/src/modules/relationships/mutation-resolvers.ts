import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import { createRelationship, deleteRelationship, updateRelationship } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createRelationship: (_, { input }, ctx) => ({ relationship: createRelationship(ctx, input) }) as never,
    updateRelationship: (_, { input }, ctx) => ({ relationship: updateRelationship(ctx, input) }) as never,
    deleteRelationship: (_, { input }, ctx) => deletePayload(ctx, deleteRelationship(ctx, input)) as never,
  },
};
