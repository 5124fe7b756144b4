import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { deletePayload } from "../../lib/payloads.js";
import {
  addEventParticipant,
  createEvent,
  deleteEvent,
  removeEventParticipant,
  updateEvent,
  updateEventParticipant,
} from "./mutations.js";

export const resolvers: Resolvers<Context> = {
  Mutation: {
    createEvent: async (_, { input }, ctx) => ({ event: await createEvent(ctx, input) }),
    updateEvent: async (_, { input }, ctx) => ({ event: await updateEvent(ctx, input) }),
    deleteEvent: async (_, { input }, ctx) => deletePayload(ctx, await deleteEvent(ctx, input)),
    addEventParticipant: async (_, { input }, ctx) => ({ participant: await addEventParticipant(ctx, input) }),
    updateEventParticipant: async (_, { input }, ctx) => ({ participant: await updateEventParticipant(ctx, input) }),
    removeEventParticipant: async (_, { input }, ctx) => deletePayload(ctx, await removeEventParticipant(ctx, input)),
  },
};
