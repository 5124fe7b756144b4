/** Shapes shared by mutation payloads. */
import type { Context } from "../context.js";

/** A delete's payload: the deleted record's ID and its DELETE revision (loaded lazily). */
export const deletePayload = (ctx: Context, result: { deletedId: string; revisionId: number }) => ({
  deletedId: result.deletedId,
  revision: () => ctx.loaders.revisionById.load(String(result.revisionId)),
});

export const revisionOf = (ctx: Context, revisionId: number) => ctx.loaders.revisionById.load(String(revisionId));
