import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload, revisionOf } from "../../lib/payloads.js";
import { mergeEntities, unmergeEntities } from "./merge.js";
import { createEntity, deleteEntity, updateEntity } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createEntity: async (_, { input }, ctx) => ({ entity: await createEntity(ctx, input) }),
    updateEntity: async (_, { input }, ctx) => ({ entity: await updateEntity(ctx, input) }),
    deleteEntity: async (_, { input }, ctx) => deletePayload(ctx, await deleteEntity(ctx, input)),
    mergeEntities: async (_, { input }, ctx) => {
      const result = await mergeEntities(ctx, input);
      return { ...result, revision: revisionOf(ctx, result.revisionId) };
    },
    unmergeEntities: async (_, { input }, ctx) => {
      const result = await unmergeEntities(ctx, input);
      return { ...result, revision: revisionOf(ctx, result.revisionId) };
    },
  },
};
