import type { CitationListFilter } from "@casefile/db";
import type { SourceRow } from "@casefile/db/tables";
import { fromGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { globalIdOf, localIdOf, required } from "../../lib/resolve.js";
import { loadNode, typeNameOfTarget } from "../node/resolvers.js";

/** The quote and position of an anchored citation or annotation. */
export const anchorFields = {
  quote: (row: { exact: string | null; prefix: string | null; suffix: string | null }) =>
    row.exact === null ? null : { exact: row.exact, prefix: row.prefix ?? "", suffix: row.suffix ?? "" },
  position: (row: { startOffset: number | null; endOffset: number | null; isOrphaned: boolean }) =>
    row.startOffset === null || row.endOffset === null || row.isOrphaned ? null : { start: row.startOffset, end: row.endOffset },
  target: (row: { targetType: keyof typeof typeNameOfTarget; targetId: string }, _: unknown, ctx: Context) =>
    loadNode(ctx, typeNameOfTarget[row.targetType], row.targetId),
};

export const resolvers: Resolvers<Context> = {
  Query: {
    sources: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const page = await ctx.store.sources.pageOfSources(args.kinds ?? [], size, offset);
      return offsetConnection(page.rows, page.total, offset, size);
    },
    citations: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const filter = args.filter ?? {};
      const where: CitationListFilter = {};
      if (filter.sourceId != null) where.sourceId = localIdOf(filter.sourceId, ["Source"], "filter.sourceId");
      if (filter.targetId != null) {
        const decoded = fromGlobalId(filter.targetId);
        where.targetId = decoded ? decoded.id : localIdOf(filter.targetId, ["Case"], "filter.targetId");
      }
      if (filter.isOrphaned != null) where.isOrphaned = filter.isOrphaned;
      const page = await ctx.store.sources.pageOfCitations(where, size, offset);
      return offsetConnection(page.rows, page.total, offset, size);
    },
  },
  Source: {
    id: globalIdOf("Source"),
    // Rows from the loader carry hasText and no text; rows from search carry the text itself.
    hasText: (row) => {
      const loaded: SourceRow & { hasText?: boolean } = row;
      return loaded.hasText !== undefined ? loaded.hasText : row.text !== null;
    },
    text: (row, _, ctx) => (row.text !== undefined ? row.text : ctx.loaders.sourceTextById.load(row.id)),
    citations: (row, _, ctx) => ctx.loaders.citationsBySource.load(row.id),
    annotations: async (row, args, ctx) => {
      const list = await ctx.loaders.annotationsByTarget.load(`SOURCE:${row.id}`);
      return args.status ? list.filter((a) => a.status === args.status) : list;
    },
  },
  Citation: {
    id: globalIdOf("Citation"),
    ...anchorFields,
    source: (row, _, ctx) => required(ctx.loaders.sourceById.load(row.sourceId), `the source of citation ${row.id}`),
    createdBy: (row, _, ctx) => (row.createdById ? ctx.loaders.userById.load(row.createdById) : null),
  },
};
