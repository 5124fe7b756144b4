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

const sourcePayload = (w: SourceWrite) =>
  ({ source: w.row, reanchoredCount: w.reanchoredCount, orphanedCount: w.orphanedCount }) as never;

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createSource: (_, { input }, ctx) => sourcePayload(createSource(ctx, input)),
    updateSource: (_, { input }, ctx) => sourcePayload(updateSource(ctx, input)),
    deleteSource: (_, { input }, ctx) => deletePayload(ctx, deleteSource(ctx, input)) as never,
    createCitation: (_, { input }, ctx) => ({ citation: createCitation(ctx, input) }) as never,
    updateCitation: (_, { input }, ctx) => ({ citation: updateCitation(ctx, input) }) as never,
    deleteCitation: (_, { input }, ctx) => deletePayload(ctx, deleteCitation(ctx, input)) as never,
  },
};
