import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import { createRelationship, deleteRelationship, updateRelationship } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createRelationship: async (_, { input }, ctx) => ({ relationship: await createRelationship(ctx, input) }),
    updateRelationship: async (_, { input }, ctx) => ({ relationship: await updateRelationship(ctx, input) }),
    deleteRelationship: async (_, { input }, ctx) => deletePayload(ctx, await deleteRelationship(ctx, input)),
  },
};
