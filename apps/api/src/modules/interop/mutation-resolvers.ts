import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { acceptMentionSuggestion, createSourceFromText, importFtm, rejectMentionSuggestion } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createSourceFromText: async (_, { input }, ctx) => {
      const written = await createSourceFromText(ctx, input);
      return { source: written.row, format: written.format } as never;
    },
    // createCitation and createCaseRole (sources and cases modules) still return untyped Rows.
    acceptMentionSuggestion: async (_, { input }, ctx) => (await acceptMentionSuggestion(ctx, input)) as never,
    rejectMentionSuggestion: async (_, { input }, ctx) => rejectMentionSuggestion(ctx, input),
    importFtm: async (_, { input }, ctx) => {
      const { dryRun, ...report } = await importFtm(ctx, input);
      // recordType "CASE" (a CourtCase) is not a value of the ImportedRecordType enum.
      return { ...report, isDryRun: dryRun } as never;
    },
  },
};
