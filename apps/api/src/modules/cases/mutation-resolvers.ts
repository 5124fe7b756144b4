import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import { createCase, createCaseRole, deleteCase, deleteCaseRole, updateCase, updateCaseRole } from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createCase: async (_, { input }, ctx) => ({ case: await createCase(ctx, input) }),
    updateCase: async (_, { input }, ctx) => ({ case: await updateCase(ctx, input) }),
    deleteCase: async (_, { input }, ctx) => deletePayload(ctx, await deleteCase(ctx, input)),
    createCaseRole: async (_, { input }, ctx) => ({ caseRole: await createCaseRole(ctx, input) }),
    updateCaseRole: async (_, { input }, ctx) => ({ caseRole: await updateCaseRole(ctx, input) }),
    deleteCaseRole: async (_, { input }, ctx) => deletePayload(ctx, await deleteCaseRole(ctx, input)),
  },
};
