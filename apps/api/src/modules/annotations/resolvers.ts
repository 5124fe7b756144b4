import type { ThreadFilter } from "@casefile/db";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, globalIdOf, required } from "../../lib/resolve.js";
import { anchorFields } from "../sources/resolvers.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    annotations: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const filter = args.filter ?? {};
      const where: ThreadFilter = {};
      if (filter.caseSlug != null) where.caseId = await caseIdForSlug(ctx, filter.caseSlug, "filter.caseSlug");
      if (filter.status != null) where.status = filter.status;
      if (filter.tag != null) where.tag = filter.tag;
      if (filter.targetTypes?.length) where.targetTypes = filter.targetTypes;
      const page = await ctx.store.annotations.pageOfThreads(where, size, offset);
      return offsetConnection(page.rows, page.total, offset, size);
    },
  },
  Annotation: {
    id: globalIdOf("Annotation"),
    ...anchorFields,
    parent: (row, _, ctx) => (row.parentId ? ctx.loaders.annotationById.load(row.parentId) : null),
    replies: (row, _, ctx) => ctx.loaders.repliesByParent.load(row.id),
    author: (row, _, ctx) => required(ctx.loaders.userById.load(row.authorId), `the author of annotation ${row.id}`),
    resolvedBy: (row, _, ctx) => (row.resolvedById ? ctx.loaders.userById.load(row.resolvedById) : null),
  },
};
