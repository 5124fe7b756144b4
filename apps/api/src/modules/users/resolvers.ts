import type { Resolvers } from "@casefile/schema/types";
import type { Context } from "../../context.js";
import { globalIdOf } from "../../lib/resolve.js";

export const resolvers: Resolvers<Context> = {
  User: { id: globalIdOf("User") },
};
