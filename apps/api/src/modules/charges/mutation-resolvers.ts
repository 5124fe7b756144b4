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
    createCharge: (_, { input }, ctx) => ({ charge: createCharge(ctx, input) }) as never,
    updateCharge: (_, { input }, ctx) => ({ charge: updateCharge(ctx, input) }) as never,
    deleteCharge: (_, { input }, ctx) => deletePayload(ctx, deleteCharge(ctx, input)) as never,
    addChargeDefendant: (_, { input }, ctx) => ({ chargeDefendant: addChargeDefendant(ctx, input) }) as never,
    updateChargeDefendant: (_, { input }, ctx) => ({ chargeDefendant: updateChargeDefendant(ctx, input) }) as never,
    removeChargeDefendant: (_, { input }, ctx) => deletePayload(ctx, removeChargeDefendant(ctx, input)) as never,
  },
};
