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
    createEvent: (_, { input }, ctx) => ({ event: createEvent(ctx, input) }) as never,
    updateEvent: (_, { input }, ctx) => ({ event: updateEvent(ctx, input) }) as never,
    deleteEvent: (_, { input }, ctx) => deletePayload(ctx, deleteEvent(ctx, input)) as never,
    addEventParticipant: (_, { input }, ctx) => ({ participant: addEventParticipant(ctx, input) }) as never,
    updateEventParticipant: (_, { input }, ctx) => ({ participant: updateEventParticipant(ctx, input) }) as never,
    removeEventParticipant: (_, { input }, ctx) => deletePayload(ctx, removeEventParticipant(ctx, input)) as never,
  },
};
