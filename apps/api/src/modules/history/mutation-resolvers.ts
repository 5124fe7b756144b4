import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { revisionOf } from "../../lib/payloads.js";
import { restoreRevision } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    restoreRevision: (_, { input }, ctx) => {
      const result = restoreRevision(ctx, input);
      return { record: result.record, revision: () => revisionOf(ctx, result.revisionId) } as never;
    },
  },
};
