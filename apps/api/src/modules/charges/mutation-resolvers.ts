import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import {
  addChargeDefendant,
  createCharge,
  deleteCharge,
  removeChargeDefendant,
  updateCharge,
  updateChargeDefendant,
} from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createCharge: async (_, { input }, ctx) => ({ charge: await createCharge(ctx, input) }),
    updateCharge: async (_, { input }, ctx) => ({ charge: await updateCharge(ctx, input) }),
    deleteCharge: async (_, { input }, ctx) => deletePayload(ctx, await deleteCharge(ctx, input)),
    addChargeDefendant: async (_, { input }, ctx) => ({ chargeDefendant: await addChargeDefendant(ctx, input) }),
    updateChargeDefendant: async (_, { input }, ctx) => ({ chargeDefendant: await updateChargeDefendant(ctx, input) }),
    removeChargeDefendant: async (_, { input }, ctx) => deletePayload(ctx, await removeChargeDefendant(ctx, input)),
  },
};
