import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, globalIdOf, provenanceFields } from "../../lib/resolve.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    charges: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const caseId = args.caseSlug != null ? await caseIdForSlug(ctx, args.caseSlug, "caseSlug") : null;
      const where = caseId ? "WHERE case_id = ?" : "";
      const params = caseId ? [caseId] : [];
      const total = ctx.queries.value<number>(`SELECT count(*) FROM charges ${where}`, params) ?? 0;
      const rows = ctx.queries.all<never>(`SELECT * FROM charges ${where} ORDER BY case_id, count_number LIMIT ? OFFSET ?`, [
        ...params,
        size,
        offset,
      ]);
      return offsetConnection(rows, total, offset, size);
    },
  },
  Charge: {
    id: globalIdOf("Charge"),
    ...provenanceFields("CHARGE"),
    case: (row, _, ctx) => ctx.loaders.caseById.load(row.caseId) as never,
    defendants: (row, _, ctx) => ctx.loaders.defendantsByCharge.load(row.id),
  },
  ChargeDefendant: {
    id: globalIdOf("ChargeDefendant"),
    ...provenanceFields("CHARGE_DEFENDANT"),
    charge: (row, _, ctx) => ctx.loaders.chargeById.load(row.chargeId) as never,
    defendant: (row, _, ctx) => ctx.loaders.entityById.load(row.entityId) as never,
  },
};
