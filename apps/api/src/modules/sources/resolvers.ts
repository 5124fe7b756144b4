import { placeholders } from "@casefile/db";
import type { CitationRow, SourceRow } from "@casefile/db/tables";
import { fromGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { globalIdOf, localIdOf } from "../../lib/resolve.js";
import { loadNode, typeNameOfTarget } from "../node/resolvers.js";

/** The quote and position of an anchored citation or annotation. */
export const anchorFields = {
  quote: (row: { exact: string | null; prefix: string | null; suffix: string | null }) =>
    row.exact === null ? null : { exact: row.exact, prefix: row.prefix ?? "", suffix: row.suffix ?? "" },
  position: (row: { startOffset: number | null; endOffset: number | null; isOrphaned: boolean }) =>
    row.startOffset === null || row.endOffset === null || row.isOrphaned ? null : { start: row.startOffset, end: row.endOffset },
  target: (row: { targetType: keyof typeof typeNameOfTarget; targetId: string }, _: unknown, ctx: Context) =>
    loadNode(ctx, typeNameOfTarget[row.targetType], row.targetId) as never,
};

export const resolvers: Resolvers<Context> = {
  Query: {
    sources: (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const where = args.kinds?.length ? `WHERE kind IN (${placeholders(args.kinds.length)})` : "";
      const params = args.kinds ?? [];
      const total = ctx.queries.value<number>(`SELECT count(*) FROM sources ${where}`, params) ?? 0;
      const rows = ctx.queries.all<never>(`SELECT * FROM sources ${where} ORDER BY title, id LIMIT ? OFFSET ?`, [
        ...params,
        size,
        offset,
      ]);
      return offsetConnection(rows, total, offset, size);
    },
    citations: (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const where: string[] = [];
      const params: unknown[] = [];
      const filter = args.filter ?? {};
      if (filter.sourceId != null) {
        where.push("source_id = ?");
        params.push(localIdOf(filter.sourceId, ["Source"], "filter.sourceId"));
      }
      if (filter.targetId != null) {
        const decoded = fromGlobalId(filter.targetId);
        if (!decoded) localIdOf(filter.targetId, ["Case"], "filter.targetId");
        where.push("target_id = ?");
        params.push(decoded?.id);
      }
      if (filter.isOrphaned != null) {
        where.push("is_orphaned = ?");
        params.push(filter.isOrphaned ? 1 : 0);
      }
      const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
      const total = ctx.queries.value<number>(`SELECT count(*) FROM citations ${whereSql}`, params) ?? 0;
      const rows = ctx.queries.all<CitationRow>(`SELECT * FROM citations ${whereSql} ORDER BY created_at, id LIMIT ? OFFSET ?`, [
        ...params,
        size,
        offset,
      ]);
      return offsetConnection(rows, total, offset, size);
    },
  },
  Source: {
    id: globalIdOf("Source"),
    // Rows from the loader carry hasText and no text; rows from search carry the text itself.
    hasText: (row) => {
      const loaded = row as SourceRow & { hasText?: number };
      return loaded.hasText !== undefined ? loaded.hasText === 1 : row.text !== null;
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
    source: (row, _, ctx) => ctx.loaders.sourceById.load(row.sourceId) as never,
    createdBy: (row, _, ctx) => (row.createdById ? ctx.loaders.userById.load(row.createdById) : null),
  },
};
