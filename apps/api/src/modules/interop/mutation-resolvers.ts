import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { acceptMentionSuggestion, createSourceFromText, importFtm, rejectMentionSuggestion } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createSourceFromText: async (_, { input }, ctx) => {
      const written = await createSourceFromText(ctx, input);
      return { source: written.row, format: written.format };
    },
    acceptMentionSuggestion: async (_, { input }, ctx) => acceptMentionSuggestion(ctx, input),
    rejectMentionSuggestion: async (_, { input }, ctx) => rejectMentionSuggestion(ctx, input),
    importFtm: async (_, { input }, ctx) => {
      const { dryRun, ...report } = await importFtm(ctx, input);
      return { ...report, isDryRun: dryRun };
    },
  },
};
