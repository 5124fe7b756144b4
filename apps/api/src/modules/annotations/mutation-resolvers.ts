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
    createAnnotation: (_, { input }, ctx) => ({ annotation: createAnnotation(ctx, input) }) as never,
    replyToAnnotation: (_, { input }, ctx) => ({ annotation: replyToAnnotation(ctx, input) }) as never,
    updateAnnotation: (_, { input }, ctx) => ({ annotation: updateAnnotation(ctx, input) }) as never,
    resolveAnnotation: (_, { input }, ctx) => ({ annotation: resolveAnnotation(ctx, input) }) as never,
    reopenAnnotation: (_, { input }, ctx) => ({ annotation: reopenAnnotation(ctx, input) }) as never,
    deleteAnnotation: (_, { input }, ctx) => deletePayload(ctx, deleteAnnotation(ctx, input)) as never,
  },
};
