import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { acceptMentionSuggestion, createSourceFromText, importFtm, rejectMentionSuggestion } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createSourceFromText: async (_, { input }, ctx) => {
      const written = await createSourceFromText(ctx, input);
      return { source: written.row, format: written.format } as never;
    },
    acceptMentionSuggestion: (_, { input }, ctx) => acceptMentionSuggestion(ctx, input) as never,
    rejectMentionSuggestion: (_, { input }, ctx) => rejectMentionSuggestion(ctx, input) as never,
    importFtm: (_, { input }, ctx) => {
      const { dryRun, ...report } = importFtm(ctx, input);
      return { ...report, isDryRun: dryRun } as never;
    },
  },
};
