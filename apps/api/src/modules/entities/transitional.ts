/**
 * TRANSITIONAL, to delete with lib/edit.ts, lib/lookup.ts and lib/records.ts: the synchronous
 * entity create that interop's acceptMentionSuggestion still calls inside its synchronous
 * writeTransaction. The API's own create is the async `createEntity` (and `createEntityIn(ctx,
 * tx, input)` for a service that already holds a write) in ./mutations.ts; once interop calls
 * that, this file goes.
 */
import { newLocalId } from "@casefile/schema/ids";
import type { Context } from "../../context.js";
import { requireEditor } from "../../lib/access.js";
import { createRecord } from "../../lib/edit.js";
import { fieldError } from "../../lib/input.js";
import { linkedEntity } from "../../lib/lookup.js";
import { type Row, readRow } from "../../lib/records.js";
import { entityColumns, parseNewEntity } from "./mutations.js";

export function createEntitySync(ctx: Context, input: Record<string, unknown>): Row {
  requireEditor(ctx);
  const fields = parseNewEntity(input);
  const id = newLocalId(fields.kind.toLowerCase().replace("_", ""));
  const globalId = input.parentId as string | null | undefined;
  let parentId: string | null = null;
  if (globalId != null) {
    const parent = linkedEntity(ctx, globalId, "parentId", ["ORGANIZATION"]);
    for (let at: Row | undefined = parent, hops = 0; at && hops < 64; hops++) {
      if (at.id === id) throw fieldError("parentId", "an organization cannot be part of itself or of one of its own units");
      at = at.parentId ? readRow(ctx, "entities", at.parentId as string) : undefined;
    }
    parentId = parent.id;
  }
  return createRecord(ctx, "entities", { id, ...entityColumns(fields, parentId), mergedIntoId: null }).row;
}
