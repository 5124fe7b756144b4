import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { loadNode } from "../node/resolvers.js";
import { type SearchHit, searchEverything } from "./service.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    search: (_, args, ctx) => searchEverything(ctx, args) as never,
  },
  SearchResult: {
    annotates: (hit, _, ctx) => {
      const { target } = hit as unknown as SearchHit;
      return (target ? loadNode(ctx, target.typeName, target.id) : null) as never;
    },
  },
};
