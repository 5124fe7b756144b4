import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { globalIdOf, provenanceFields, required } from "../../lib/resolve.js";
import { getCaseStats } from "../stats/service.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    cases: async (_, args, ctx) => {
      const { size, isBackward } = pageSize(args);
      const total = await ctx.store.cases.count();
      let offset = offsetFrom(args.after);
      if (isBackward) offset = Math.max(0, (args.before ? offsetFrom(args.before, "before") - 1 : total) - size);
      const rows = await ctx.store.cases.pageOfCases(size, offset);
      return offsetConnection(rows, total, offset, size);
    },
    case: (_, { slug }, ctx) => ctx.loaders.caseBySlug.load(slug),
  },
  Case: {
    id: globalIdOf("Case"),
    ...provenanceFields("CASE"),
    roles: async (row, args, ctx) => {
      const { size } = pageSize(args, 50);
      const offset = offsetFrom(args.after);
      const page = await ctx.loaders.caseRolePages.load({
        parent: row.id,
        offset,
        size: size + 1,
        filter: args.role ?? undefined,
      });
      return offsetConnection(page.rows, page.total, offset, size);
    },
    charges: (row, _, ctx) => ctx.loaders.chargesByCase.load(row.id),
    events: async (row, args, ctx) => {
      const { size } = pageSize(args, 50);
      const offset = offsetFrom(args.after);
      const page = await ctx.loaders.eventPagesByCase.load({ parent: row.id, offset, size: size + 1 });
      const connection = offsetConnection(page.rows, page.total, offset, size);
      return { ...connection, edges: connection.edges.map((e) => ({ ...e, roles: [] })) };
    },
    stats: (row, _, ctx) => getCaseStats(ctx, row.id),
  },
  CaseRole: {
    id: globalIdOf("CaseRole"),
    ...provenanceFields("CASE_ROLE"),
    case: (row, _, ctx) => required(ctx.loaders.caseById.load(row.caseId), `the case of case role ${row.id}`),
    entity: (row, _, ctx) => required(ctx.loaders.entityById.load(row.entityId), `the entity of case role ${row.id}`),
  },
};
