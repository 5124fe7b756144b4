import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { revisionOf } from "../../lib/payloads.js";
import { restoreRevision } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    restoreRevision: async (_, { input }, ctx) => {
      const result = await restoreRevision(ctx, input);
      return { record: result.record, revision: await revisionOf(ctx, result.revisionId) };
    },
  },
};
