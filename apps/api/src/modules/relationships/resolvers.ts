import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { globalIdOf, provenanceFields, required } from "../../lib/resolve.js";

export const resolvers: Resolvers<Context> = {
  Relationship: {
    id: globalIdOf("Relationship"),
    ...provenanceFields("RELATIONSHIP"),
    subject: (row, _, ctx) => required(ctx.loaders.entityById.load(row.subjectId), `the subject of relationship ${row.id}`),
    object: (row, _, ctx) => required(ctx.loaders.entityById.load(row.objectId), `the object of relationship ${row.id}`),
  },
};
