/** Reading entities: the directory's filtered, keyset-paginated list. */
import { placeholders, toFtsQuery } from "@casefile/db";
import type { EntityRow } from "@casefile/db/tables";
import type { Context } from "../../context.js";
import type { EntityFilter, EntityOrder } from "../../generated/graphql.js";
import { type Connection, decodeCursor, encodeCursor, type PageArgs, pageSize } from "../../lib/pagination.js";
import { caseIdForSlug } from "../../lib/resolve.js";
import { NOT_MERGED } from "../search/service.js";

const orderColumns = { NAME: "name", CREATED_AT: "created_at", UPDATED_AT: "updated_at" } as const;

/** See isIndexWalk in findEntities. */
const WALK_RATIO = 500;

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
  const field = args.orderBy?.field ?? "NAME";
  const column = orderColumns[field];
  const isDescending = (args.orderBy?.direction ?? "ASC") === "DESC";

  const where = ["e.merged_into_id IS NULL"];
  const params: unknown[] = [];
  const filter = args.filter ?? {};
  if (filter.kinds?.length) {
    where.push(`e.kind IN (${placeholders(filter.kinds.length)})`);
    params.push(...filter.kinds);
  }
  if (filter.statuses?.length) {
    where.push(`e.status IN (${placeholders(filter.statuses.length)})`);
    params.push(...filter.statuses);
  }
  if (filter.isUncited != null)
    where.push(
      `${filter.isUncited ? "NOT " : ""}EXISTS (SELECT 1 FROM citations c WHERE c.target_id = e.id AND c.target_type = 'ENTITY')`,
    );
  let match: string | null = null;
  let words: string | null = null;
  if (filter.text != null) {
    match = toFtsQuery(filter.text);
    words = toFtsQuery(filter.text, { prefixLast: false });
    // Text with no searchable words matches nothing rather than everything.
    if (!match || !words) return emptyConnection();
    // Names and aliases (the last word a prefix, for type-ahead) or descriptions (whole words).
    where.push(`e.rowid IN (${TEXT_MATCHES})`);
    params.push(match, words);
  }
  if (filter.caseSlug != null || filter.roles?.length) {
    const conditions = ["cr.entity_id = e.id"];
    if (filter.caseSlug != null) {
      conditions.push("cr.case_id = ?");
      params.push(await caseIdForSlug(ctx, filter.caseSlug, "filter.caseSlug"));
    }
    if (filter.roles?.length) {
      conditions.push(`cr.role IN (${placeholders(filter.roles.length)})`);
      params.push(...filter.roles);
    }
    where.push(`EXISTS (SELECT 1 FROM case_roles cr WHERE ${conditions.join(" AND ")})`);
  }

  // Filtered by name alone, the index counts its matches without reading an entity row each.
  const isNameFilterOnly =
    match !== null &&
    !filter.kinds?.length &&
    !filter.statuses?.length &&
    filter.caseSlug == null &&
    !filter.roles?.length &&
    filter.isUncited == null;
  const totalCount =
    (isNameFilterOnly
      ? ctx.queries.value<number>(`SELECT count(*) FROM (${TEXT_MATCHES}) f WHERE ${NOT_MERGED}`, [match, words])
      : ctx.queries.value<number>(`SELECT count(*) FROM entities e WHERE ${where.join(" AND ")}`, params)) ?? 0;
  // By name, a name filter with many matches finds its page fastest by walking the name index
  // and keeping the matches (about 500 index entries per row shown at most); few matches are
  // faster fetched and sorted. SQLite cannot tell the two apart, so the count decides.
  const isIndexWalk =
    match !== null &&
    column === "name" &&
    totalCount * WALK_RATIO >= (ctx.queries.value<number>("SELECT max(rowid) FROM entities") ?? 0);

  // Keyset pagination: (column, id) compared as a row value, so deep pages cost what page one does.
  const cursorArg = isBackward ? args.before : args.after;
  const pageWhere = [...where];
  const pageParams = [...params];
  const isAscendingScan = isDescending === isBackward;
  if (cursorArg) {
    const { k } = decodeCursor(cursorArg, isBackward ? "before" : "after", isEntityCursor);
    pageWhere.push(`(e.${column}, e.id) ${isAscendingScan ? ">" : "<"} (?, ?)`);
    pageParams.push(k[0], k[1]);
  }
  const direction = isAscendingScan ? "ASC" : "DESC";
  const rows = ctx.queries.all<EntityRow>(
    `SELECT e.* FROM entities e ${isIndexWalk ? "INDEXED BY entities_name_idx" : ""} WHERE ${pageWhere.join(" AND ")}
     ORDER BY e.${column} ${direction}, e.id ${direction} LIMIT ?`,
    [...pageParams, size + 1],
  );
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (isBackward) page.reverse();
  const cursorOf = (row: EntityRow) => encodeCursor({ k: [String(row[toKey(column)]), row.id] });
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

/** Rowids of the entities whose name or aliases (first parameter) or description (second) match. */
const TEXT_MATCHES =
  "SELECT rowid FROM entity_names_fts WHERE entity_names_fts MATCH ? UNION SELECT rowid FROM entity_descriptions_fts WHERE entity_descriptions_fts MATCH ?";

function toKey(column: string): "name" | "createdAt" | "updatedAt" {
  return column === "name" ? "name" : column === "created_at" ? "createdAt" : "updatedAt";
}

export function emptyConnection<T>(): Connection<T> {
  return {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: 0,
  };
}
