import type { Context } from "../../context.js";
import type { Resolvers } from "../../generated/graphql.js";
import { offsetConnection, offsetFrom, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug, globalIdOf, provenanceFields, required } from "../../lib/resolve.js";

export const resolvers: Resolvers<Context> = {
  Query: {
    charges: async (_, args, ctx) => {
      const { size } = pageSize(args);
      const offset = offsetFrom(args.after);
      const caseId = args.caseSlug != null ? await caseIdForSlug(ctx, args.caseSlug, "caseSlug") : null;
      const page = await ctx.store.charges.pageOfCharges(caseId, size, offset);
      return offsetConnection(page.rows, page.total, offset, size);
    },
  },
  Charge: {
    id: globalIdOf("Charge"),
    ...provenanceFields("CHARGE"),
    case: (row, _, ctx) => required(ctx.loaders.caseById.load(row.caseId), `the case of charge ${row.id}`),
    defendants: (row, _, ctx) => ctx.loaders.defendantsByCharge.load(row.id),
  },
  ChargeDefendant: {
    id: globalIdOf("ChargeDefendant"),
    ...provenanceFields("CHARGE_DEFENDANT"),
    charge: (row, _, ctx) => required(ctx.loaders.chargeById.load(row.chargeId), `the charge of defendant link ${row.id}`),
    defendant: (row, _, ctx) => required(ctx.loaders.entityById.load(row.entityId), `the defendant of defendant link ${row.id}`),
  },
};
