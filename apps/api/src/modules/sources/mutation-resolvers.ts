import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import {
  createCitation,
  createSource,
  deleteCitation,
  deleteSource,
  type SourceWrite,
  updateCitation,
  updateSource,
} from "./mutations.js";

const sourcePayload = (w: SourceWrite) => ({ source: w.row, reanchoredCount: w.reanchoredCount, orphanedCount: w.orphanedCount });

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createSource: async (_, { input }, ctx) => sourcePayload(await createSource(ctx, input)),
    updateSource: async (_, { input }, ctx) => sourcePayload(await updateSource(ctx, input)),
    deleteSource: async (_, { input }, ctx) => deletePayload(ctx, await deleteSource(ctx, input)),
    createCitation: async (_, { input }, ctx) => ({ citation: await createCitation(ctx, input) }),
    updateCitation: async (_, { input }, ctx) => ({ citation: await updateCitation(ctx, input) }),
    deleteCitation: async (_, { input }, ctx) => deletePayload(ctx, await deleteCitation(ctx, input)),
  },
};
