import { placeholders } from "@casefile/db";
import type { AnnotationRow } from "@casefile/db/tables";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, globalIdOf } from "../../lib/resolve.js";
import { anchorFields } from "../sources/resolvers.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    annotations: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const where = ["parent_id IS NULL"];
      const params: unknown[] = [];
      const filter = args.filter ?? {};
      if (filter.caseSlug != null) {
        where.push("case_id = ?");
        params.push(await caseIdForSlug(ctx, filter.caseSlug, "filter.caseSlug"));
      }
      if (filter.status != null) {
        where.push("status = ?");
        params.push(filter.status);
      }
      if (filter.tag != null) {
        where.push("EXISTS (SELECT 1 FROM json_each(annotations.tags) WHERE value = ?)");
        params.push(filter.tag);
      }
      if (filter.targetTypes?.length) {
        where.push(`target_type IN (${placeholders(filter.targetTypes.length)})`);
        params.push(...filter.targetTypes);
      }
      const whereSql = `WHERE ${where.join(" AND ")}`;
      const total = ctx.queries.value<number>(`SELECT count(*) FROM annotations ${whereSql}`, params) ?? 0;
      const rows = ctx.queries.all<AnnotationRow>(
        `SELECT * FROM annotations ${whereSql} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`,
        [...params, size, offset],
      );
      return offsetConnection(rows, total, offset, size);
    },
  },
  Annotation: {
    id: globalIdOf("Annotation"),
    ...anchorFields,
    parent: (row, _, ctx) => (row.parentId ? ctx.loaders.annotationById.load(row.parentId) : null),
    replies: (row, _, ctx) => ctx.loaders.repliesByParent.load(row.id),
    author: (row, _, ctx) => ctx.loaders.userById.load(row.authorId) as never,
    resolvedBy: (row, _, ctx) => (row.resolvedById ? ctx.loaders.userById.load(row.resolvedById) : null),
  },
};
