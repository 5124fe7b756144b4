import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { getCaseGraph, getCaseStats, getEntityGraph } from "./service.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    caseStats: async (_, { slug }, ctx) => {
      const row = await ctx.loaders.caseBySlug.load(slug);
      return row ? getCaseStats(ctx, row.id) : null;
    },
    caseGraph: async (_, { slug, ...options }, ctx) => {
      const row = await ctx.loaders.caseBySlug.load(slug);
      return row ? getCaseGraph(ctx, row.id, options) : null;
    },
    entityGraph: (_, args, ctx) => getEntityGraph(ctx, args.id, args),
  },
};
