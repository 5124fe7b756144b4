import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { globalIdOf, provenanceFields, required } from "../../lib/resolve.js";
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
    case: (row, _, ctx) => required(ctx.loaders.caseById.load(row.caseId), `the case of event ${row.id}`),
    range: (row) => ({ start: row.rangeStart, end: row.rangeEnd }),
    place: (row, _, ctx) => (row.placeId ? ctx.loaders.entityById.load(row.placeId) : null),
    participants: (row, _, ctx) => ctx.loaders.participantsByEvent.load(row.id),
  },
  EventEdge: {
    roles: (edge) => edge.roles ?? [],
  },
  EventParticipant: {
    id: globalIdOf("EventParticipant"),
    ...provenanceFields("EVENT_PARTICIPANT"),
    event: (row, _, ctx) => required(ctx.loaders.eventById.load(row.eventId), `the event of participation ${row.id}`),
    entity: (row, _, ctx) => required(ctx.loaders.entityById.load(row.entityId), `the entity of participation ${row.id}`),
  },
};
