import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import { createCase, createCaseRole, deleteCase, deleteCaseRole, updateCase, updateCaseRole } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createCase: (_, { input }, ctx) => ({ case: createCase(ctx, input) }) as never,
    updateCase: (_, { input }, ctx) => ({ case: updateCase(ctx, input) }) as never,
    deleteCase: (_, { input }, ctx) => deletePayload(ctx, deleteCase(ctx, input)) as never,
    createCaseRole: (_, { input }, ctx) => ({ caseRole: createCaseRole(ctx, input) }) as never,
    updateCaseRole: (_, { input }, ctx) => ({ caseRole: updateCaseRole(ctx, input) }) as never,
    deleteCaseRole: (_, { input }, ctx) => deletePayload(ctx, deleteCaseRole(ctx, input)) as never,
  },
};
