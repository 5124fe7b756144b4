import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import {
  createAnnotation,
  deleteAnnotation,
  reopenAnnotation,
  replyToAnnotation,
  resolveAnnotation,
  updateAnnotation,
} from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createAnnotation: async (_, { input }, ctx) => ({ annotation: await createAnnotation(ctx, input) }),
    replyToAnnotation: async (_, { input }, ctx) => ({ annotation: await replyToAnnotation(ctx, input) }),
    updateAnnotation: async (_, { input }, ctx) => ({ annotation: await updateAnnotation(ctx, input) }),
    resolveAnnotation: async (_, { input }, ctx) => ({ annotation: await resolveAnnotation(ctx, input) }),
    reopenAnnotation: async (_, { input }, ctx) => ({ annotation: await reopenAnnotation(ctx, input) }),
    deleteAnnotation: async (_, { input }, ctx) => deletePayload(ctx, await deleteAnnotation(ctx, input)),
  },
};
