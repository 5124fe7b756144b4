/** Shapes shared by mutation payloads. */
import type { RevisionRow } from "@casefile/db/tables";
import type { Context } from "../context.js";

/** A revision the request itself just wrote (so it exists). */
export async function revisionOf(ctx: Context, revisionId: number): Promise<RevisionRow> {
  const row = await ctx.loaders.revisionById.load(String(revisionId));
  if (!row) throw new Error(`revision ${revisionId} was written by this request but cannot be read`);
  return row;
}

/** A delete's payload: the deleted record's ID and its DELETE revision. */
export const deletePayload = (ctx: Context, result: { deletedId: string; revisionId: number }) => ({
  deletedId: result.deletedId,
  revision: revisionOf(ctx, result.revisionId),
});
