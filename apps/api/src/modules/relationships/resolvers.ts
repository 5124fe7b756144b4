import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { globalIdOf, provenanceFields } from "../../lib/resolve.js";

export const resolvers: Resolvers<Context> = {
  Relationship: {
    id: globalIdOf("Relationship"),
    ...provenanceFields("RELATIONSHIP"),
    subject: (row, _, ctx) => ctx.loaders.entityById.load(row.subjectId) as never,
    object: (row, _, ctx) => ctx.loaders.entityById.load(row.objectId) as never,
  },
};
