import type { Resolvers } from "@casefile/schema/types";
import type { Context } from "../../context.js";
import { searchEverything } from "./service.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    search: (_, args, ctx) => searchEverything(ctx, args) as never,
  },
};
