import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { globalIdOf } from "../../lib/resolve.js";

export const resolvers: Resolvers<Context> = {
  User: { id: globalIdOf("User") },
};
