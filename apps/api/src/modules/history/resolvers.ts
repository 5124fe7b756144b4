import type { RevisionFilter } from "@casefile/db";
import type { RevisionRow } from "@casefile/db/tables";
import { entityTypeNames } from "@casefile/schema/enums";
import { fromGlobalId, type NodeTypeName, toGlobalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { visibleFields } from "../../lib/access.js";
import { AppError } from "../../lib/errors.js";
import { type Connection, decodeCursor, encodeCursor, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, globalIdOf } from "../../lib/resolve.js";
import { loadNode } from "../node/resolvers.js";

const entityTypes: string[] = Object.values(entityTypeNames);
const isIdCursor = (v: unknown): v is { r: number } =>
  typeof v === "object" && v !== null && Number.isInteger((v as { r: number }).r);

/** Newest-first revisions matching `filter`, keyset-paginated by revision id. */
async function revisionPage(
  ctx: Context,
  filter: RevisionFilter,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<RevisionRow>> {
  const { size } = pageSize(args);
  const beforeId = args.after ? decodeCursor(args.after, "after", isIdCursor).r : null;
  const { rows, total } = await ctx.store.history.pageOfRevisions(filter, beforeId, size);
  const page = rows.slice(0, size);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor({ r: node.id }), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: args.after != null,
      startCursor: page[0] ? encodeCursor({ r: page[0].id }) : null,
      endCursor: last ? encodeCursor({ r: last.id }) : null,
    },
    totalCount: total,
  };
}

export const resolvers: Resolvers<Context> = {
  Query: {
    history: (_, args, ctx) => {
      const decoded = fromGlobalId(args.id);
      if (!decoded) throw AppError.badInput("id is not a global ID", [{ path: "$.id", message: "not a global ID" }]);
      // An entity's revisions may carry another entity type name if its kind changed.
      const types = entityTypes.includes(decoded.typeName) ? entityTypes : [decoded.typeName];
      return revisionPage(ctx, { record: { id: decoded.id, types } }, args);
    },
    activity: async (_, args, ctx) => {
      if (args.caseSlug == null) return revisionPage(ctx, {}, args);
      const caseId = await caseIdForSlug(ctx, args.caseSlug, "caseSlug");
      return revisionPage(ctx, { caseId }, args);
    },
  },
  Revision: {
    id: globalIdOf("Revision"),
    recordId: (row) => toGlobalId(row.recordType as NodeTypeName, row.recordId),
    record: (row, _, ctx) => loadNode(ctx, row.recordType as NodeTypeName, row.recordId),
    actor: (row, _, ctx) => (row.actorId ? ctx.loaders.userById.load(row.actorId) : null),
    // Only the fields the viewer may see on the record itself (a user's email: the user and admins).
    changes: (row, _, ctx) =>
      Object.entries(visibleFields(ctx.viewer, row.recordType, row.recordId, row.changes) ?? {}).map(([field, c]) => ({
        field,
        before: c.before,
        after: c.after,
      })),
    snapshot: (row, _, ctx) => visibleFields(ctx.viewer, row.recordType, row.recordId, row.snapshot),
  },
};
