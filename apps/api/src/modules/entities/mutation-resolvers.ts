import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload, revisionOf } from "../../lib/payloads.js";
import { mergeEntities, unmergeEntities } from "./merge.js";
import { createEntity, deleteEntity, updateEntity } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createEntity: (_, { input }, ctx) => ({ entity: createEntity(ctx, input) }) as never,
    updateEntity: (_, { input }, ctx) => ({ entity: updateEntity(ctx, input) }) as never,
    deleteEntity: (_, { input }, ctx) => deletePayload(ctx, deleteEntity(ctx, input)) as never,
    mergeEntities: (_, { input }, ctx) => {
      const result = mergeEntities(ctx, input);
      return { ...result, revision: () => revisionOf(ctx, result.revisionId) } as never;
    },
    unmergeEntities: (_, { input }, ctx) => {
      const result = unmergeEntities(ctx, input);
      return { ...result, revision: () => revisionOf(ctx, result.revisionId) } as never;
    },
  },
};
