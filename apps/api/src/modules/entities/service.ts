/** Reading entities: the directory's filtered, keyset-paginated list. */
import type { EntityOrderField } from "@casefile/db";
import type { EntityRow } from "@casefile/db/tables";
import type { Context } from "../../context.js";
import type { EntityFilter, EntityOrder } from "../../generated/graphql.js";
import { type Connection, decodeCursor, encodeCursor, type PageArgs, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug } from "../../lib/resolve.js";

const orderFields = { NAME: "name", CREATED_AT: "createdAt", UPDATED_AT: "updatedAt" } as const;

type EntityCursor = { k: [string, string] };
const isEntityCursor = (v: unknown): v is EntityCursor =>
  typeof v === "object" &&
  v !== null &&
  Array.isArray((v as EntityCursor).k) &&
  (v as EntityCursor).k.length === 2 &&
  (v as EntityCursor).k.every((x) => typeof x === "string");

export async function findEntities(
  ctx: Context,
  args: PageArgs & { filter?: EntityFilter | null; orderBy?: EntityOrder | null },
): Promise<Connection<EntityRow>> {
  const { size, isBackward } = pageSize(args);
  const field: EntityOrderField = orderFields[args.orderBy?.field ?? "NAME"];
  const isDescending = (args.orderBy?.direction ?? "ASC") === "DESC";
  const filter = args.filter ?? {};
  // Names and aliases (the last word a prefix, for type-ahead) or descriptions (whole words).
  const text = filter.text != null ? ctx.store.search.directoryFilter(filter.text) : null;
  // Text with no searchable words matches nothing rather than everything.
  if (filter.text != null && !text) return emptyConnection();
  const caseId = filter.caseSlug != null ? await caseIdForSlug(ctx, filter.caseSlug, "filter.caseSlug") : null;

  // Keyset pagination: (field, id) after the cursor's, in the order the page is read.
  const cursorArg = isBackward ? args.before : args.after;
  const after = cursorArg ? decodeCursor(cursorArg, isBackward ? "before" : "after", isEntityCursor).k : null;
  const { rows, totalCount } = await ctx.store.entities.directoryPage({
    kinds: filter.kinds,
    statuses: filter.statuses,
    isUncited: filter.isUncited,
    text,
    caseId,
    roles: filter.roles,
    orderBy: field,
    isAscending: isDescending === isBackward,
    after,
    limit: size + 1,
  });
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (isBackward) page.reverse();
  const cursorOf = (row: EntityRow) => encodeCursor({ k: [String(row[field]), row.id] });
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: isBackward ? cursorArg != null : hasMore,
      hasPreviousPage: isBackward ? hasMore : cursorArg != null,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: page.at(-1) ? cursorOf(page.at(-1) as EntityRow) : null,
    },
    totalCount,
  };
}

export function emptyConnection<T>(): Connection<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}
