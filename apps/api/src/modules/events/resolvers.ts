import type { Context } from "../../context.js";
import type { ParticipantRole, Resolvers } from "../../generated/graphql.js";
import { globalIdOf, provenanceFields } from "../../lib/resolve.js";
import { findEvents } from "./service.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    events: async (_, args, ctx) => {
      const connection = await findEvents(ctx, args);
      return { ...connection, edges: connection.edges.map((e) => ({ ...e, roles: [] })) };
    },
  },
  Event: {
    id: globalIdOf("Event"),
    ...provenanceFields("EVENT"),
    case: (row, _, ctx) => ctx.loaders.caseById.load(row.caseId) as never,
    range: (row) => ({ start: row.rangeStart, end: row.rangeEnd }),
    place: (row, _, ctx) => (row.placeId ? (ctx.loaders.entityById.load(row.placeId) as never) : null),
    participants: (row, _, ctx) => ctx.loaders.participantsByEvent.load(row.id),
  },
  EventEdge: {
    roles: (edge) => (edge as { roles?: ParticipantRole[] }).roles ?? [],
  },
  EventParticipant: {
    id: globalIdOf("EventParticipant"),
    ...provenanceFields("EVENT_PARTICIPANT"),
    event: (row, _, ctx) => ctx.loaders.eventById.load(row.eventId) as never,
    entity: (row, _, ctx) => ctx.loaders.entityById.load(row.entityId) as never,
  },
};
